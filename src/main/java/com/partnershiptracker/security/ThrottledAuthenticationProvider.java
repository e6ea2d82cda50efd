package com.partnershiptracker.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Asks the throttle before the password is even hashed, and clears the count on success. A
 * refused attempt fails with the same message as a wrong password, so it reveals nothing about
 * whether the account exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    /**
     * The sign-in: throttled, then one PBKDF2 check whatever the account. An unknown username is
     * checked against a dummy hash, and a disabled account only after its password (both are
     * Spring Security's own mitigations), so neither answers faster than a wrong password. A
     * manager of its own, with no parent: a refused attempt must not fall through to another provider.
     */
    static ProviderManager signIn(UserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (!throttle.admit(username, client)) {
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.recordSuccess(username, client);
            return result;
        } catch (InternalAuthenticationServiceException e) {
            // The accounts could not be read (the database is out): no password was checked, so the
            // attempt does not count, and the failure is not passed off as a wrong password.
            throttle.giveBack(username, client);
            throw e;
        } catch (AuthenticationException e) {
            throw new BadCredentialsException("Bad credentials", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
