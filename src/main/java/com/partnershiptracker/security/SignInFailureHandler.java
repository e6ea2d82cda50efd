package com.partnershiptracker.security;

import com.partnershiptracker.websupport.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;

/**
 * A wrong password goes back to the sign-in form with its message and the page to return to, and
 * keeps nothing in a session (Spring's handler would store the failure in one). When the accounts could
 * not be read, the answer is the site's branded 503 with a Retry-After, as for every other page while the
 * database is out, instead of telling the user the password was wrong.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final String SIGN_IN_AGAIN = "/login?error";

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        if (failure instanceof InternalAuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        String target = ReturnPath.of(request.getParameter(ReturnPath.PARAMETER))
                .map(path -> UriComponentsBuilder.fromUriString(SIGN_IN_AGAIN).queryParam(ReturnPath.PARAMETER, "{path}")
                        .encode().buildAndExpand(path).toUriString())
                .orElse(SIGN_IN_AGAIN);
        redirects.sendRedirect(request, response, target);
    }
}
