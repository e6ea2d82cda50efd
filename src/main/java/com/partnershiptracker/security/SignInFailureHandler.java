package com.partnershiptracker.security;

import com.partnershiptracker.shared.web.DatabaseUnavailable;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * A wrong password goes back to the sign-in form with its message. When the accounts could not be
 * read, the answer is the site's branded 503 with a Retry-After, as for every other page while the
 * database is out, instead of telling the user the password was wrong.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof InternalAuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        wrongCredentials.onAuthenticationFailure(request, response, failure);
    }
}
