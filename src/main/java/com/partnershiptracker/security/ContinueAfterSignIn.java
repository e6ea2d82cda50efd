package com.partnershiptracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After signing in, goes to the page the sign-in form was asked to return to ({@link ReturnPath}), or
 * to the admin dashboard when there is none or it is not a path on this site.
 */
class ContinueAfterSignIn extends SimpleUrlAuthenticationSuccessHandler {

    ContinueAfterSignIn(String defaultTarget) {
        super(defaultTarget);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        return ReturnPath.of(request.getParameter(ReturnPath.PARAMETER)).orElseGet(() -> super.determineTargetUrl(request, response));
    }
}
