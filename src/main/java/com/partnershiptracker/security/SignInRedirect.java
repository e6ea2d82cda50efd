package com.partnershiptracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a visitor who is not signed in to the sign-in page with the page they asked for in its
 * {@code continue} parameter, rather than saving their request in a session: so an anonymous request to
 * /admin creates no session, however many are sent. Only a GET is remembered (a form posted while signed
 * out cannot be replayed anyway).
 */
class SignInRedirect extends LoginUrlAuthenticationEntryPoint {

    SignInRedirect(String loginPage) {
        super(loginPage);
    }

    @Override
    protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                                                     AuthenticationException exception) {
        String loginPage = getLoginFormUrl();
        if (!"GET".equals(request.getMethod())) {
            return loginPage;
        }
        String query = request.getQueryString();
        String asked = request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
        return ReturnPath.of(asked)
                .map(path -> UriComponentsBuilder.fromPath(loginPage).queryParam(ReturnPath.PARAMETER, "{path}")
                        .encode().buildAndExpand(path).toUriString())
                .orElse(loginPage);
    }
}
