package app.rapport.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailsTest {

    @Test
    void emails_are_kept_trimmed_and_in_lower_case() {
        assertThat(Emails.normalize("  Lena.Fischer@Example.ORG ")).isEqualTo("lena.fischer@example.org");
    }

    @Test
    void only_plausible_addresses_are_valid() {
        assertThat(Emails.isValid("a@b.co")).isTrue();
        assertThat(Emails.isValid("a@b")).isFalse();
        assertThat(Emails.isValid("a b@c.org")).isFalse();
        assertThat(Emails.isValid("a@@c.org")).isFalse();
        assertThat(Emails.isValid("")).isFalse();
        assertThat(Emails.isValid("a@" + "b".repeat(260) + ".org")).isFalse();
    }
}
