package com.partnershiptracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Gives the browser a fresh device cookie each time it signs in with a password. Added to the
 * strategies that run on every successful sign-in, before the answer is written, so that it works
 * whatever happens next (the redirect, the session). The cookie is a convenience for the real
 * user: when its key cannot be read, the sign-in goes on without one.
 */
class DeviceCookieOnSignIn implements SessionAuthenticationStrategy {

    private static final Logger log = LoggerFactory.getLogger(DeviceCookieOnSignIn.class);

    private final DeviceCookies devices;

    DeviceCookieOnSignIn(DeviceCookies devices) {
        this.devices = devices;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (!(authentication.getDetails() instanceof SignInDetails)) {
            return;
        }
        try {
            response.addHeader(HttpHeaders.SET_COOKIE, devices.issue(authentication.getName(), request.isSecure()).toString());
        } catch (DataAccessException e) {
            log.warn("Signed in {} without a device cookie: its key could not be read ({})", authentication.getName(), e.getMessage());
        }
    }
}
