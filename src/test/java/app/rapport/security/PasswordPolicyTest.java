package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        assertThat(PasswordPolicy.problem("a".repeat(11), "x@example.org")).isPresent();
        assertThat(PasswordPolicy.problem("abcdefghijkl", "x@example.org")).isEmpty();
    }

    @Test
    void the_email_is_refused_in_any_case() {
        assertThat(PasswordPolicy.problem("Long.Person@Example.org", "long.person@example.org"))
                .hasValueSatisfying(p -> assertThat(p).contains("email"));
    }

    @Test
    void passwords_past_what_bcrypt_reads_are_refused() {
        assertThat(PasswordPolicy.problem("a".repeat(72), null)).isEmpty();
        assertThat(PasswordPolicy.problem("a".repeat(73), null)).isPresent();
        assertThat(PasswordPolicy.problem("ü".repeat(40), null)).isPresent();
    }

    @Test
    void spaces_alone_are_no_password() {
        assertThat(PasswordPolicy.problem(" ".repeat(14), null)).isPresent();
    }

    @Test
    void generated_passwords_pass_the_policy_and_differ() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            var p = PasswordPolicy.generate();
            assertThat(PasswordPolicy.problem(p, "x@example.org")).isEmpty();
            assertThat(p).doesNotContainPattern("[0O1lI]");
            seen.add(p);
        }
        assertThat(seen).hasSize(200);
    }
}
