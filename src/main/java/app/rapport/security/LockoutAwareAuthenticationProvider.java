package app.rapport.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in with brute-force lockout. Unknown email and wrong password fail alike
 * (same message, and Spring's dummy hash keeps the timing alike); a disabled account is only
 * named as such once the right password was given.
 */
final class LockoutAwareAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Incorrect email or password.";

    private final DaoAuthenticationProvider passwords;
    private final LoginProtection protection;

    LockoutAwareAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
            LoginProtection protection) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // The enabled flag is checked after the password, so it reveals nothing to a guesser.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> { });
        this.protection = protection;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var email = Emails.normalize(authentication.getName());
        if (protection.lockedUntil(email).isPresent()) {
            throw locked();
        }
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, authentication.getCredentials());
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            if (protection.recordFailure(email, "bad credentials")) {
                throw locked();
            }
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        var user = (RapportUser) result.getPrincipal();
        if (!user.isEnabled()) {
            protection.recordFailure(email, "account disabled");
            throw new DisabledException("This account is disabled. Ask an administrator to enable it.");
        }
        protection.recordSuccess(email, user.accountId());
        return result;
    }

    private LockedException locked() {
        return new LockedException("Too many failed sign-ins. This account is locked for "
                + protection.lockDuration().toMinutes() + " minutes; try again later.");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
