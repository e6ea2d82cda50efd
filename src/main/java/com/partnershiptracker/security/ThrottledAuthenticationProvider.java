package com.partnershiptracker.security;

import org.springframework.dao.DataAccessException;
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
 * Asks the throttle before the password is even hashed, and tells it the outcome. A refused
 * attempt fails at once with the same message as a wrong password, so it reveals nothing about
 * whether the account exists. When the throttle's counts cannot be read, the sign-in fails as when
 * the accounts cannot be read: the branded 503, never a 500 and never an unthrottled check.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, DeviceCookies devices) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.devices = devices;
    }

    /**
     * The sign-in: throttled, then one PBKDF2 check whatever the account. An unknown username is
     * checked against a dummy hash, and a disabled account only after its password (both are
     * Spring Security's own mitigations), so neither answers faster than a wrong password. A
     * manager of its own, with no parent: a refused attempt must not fall through to another provider.
     */
    static ProviderManager signIn(UserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                  DeviceCookies devices) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, devices));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        LoginThrottle.Admission admission = admit(username, authentication.getDetails());
        try {
            Authentication result = delegate.authenticate(authentication);
            bestEffort(() -> throttle.recordSuccess(admission));
            return result;
        } catch (InternalAuthenticationServiceException e) {
            // The accounts could not be read (the database is out): no password was checked, so the
            // attempt does not count, and the failure is not passed off as a wrong password.
            bestEffort(() -> throttle.giveBack(admission));
            throw e;
        } catch (AuthenticationException e) {
            throw new BadCredentialsException("Bad credentials", e);
        }
    }

    private LoginThrottle.Admission admit(String username, Object details) {
        String client = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String cookie = details instanceof SignInDetails signIn ? signIn.deviceCookie() : null;
        try {
            String device = cookie == null ? null : devices.deviceOf(cookie, username).orElse(null);
            return throttle.admit(username, client, device).orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        } catch (DataAccessException e) {
            throw new InternalAuthenticationServiceException("The sign-in throttle cannot be read", e);
        }
    }

    /** The count after the check is the throttle's business: a failure to write it must not change the answer. */
    private static void bestEffort(Runnable bookkeeping) {
        try {
            bookkeeping.run();
        } catch (DataAccessException e) {
            // An admitted check that stays counted only makes the throttle stricter until it expires.
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
