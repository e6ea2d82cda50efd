package com.partnershiptracker.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in attempt brings besides its username and password: the address it comes from and
 * the device cookie it presents, if any. The cookie is needed only while signing in, so it is not
 * kept with the signed-in user.
 */
final class SignInDetails extends WebAuthenticationDetails {

    private static final long serialVersionUID = 1L;

    private final transient String deviceCookie;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.deviceCookie = deviceCookieOf(request);
    }

    String deviceCookie() {
        return deviceCookie;
    }

    private static String deviceCookieOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (DeviceCookies.NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
