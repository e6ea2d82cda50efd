package com.partnershiptracker.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;


/**
 * Deny by default: anyone may read (GET) the public site and the API; everything under /admin,
 * and every request that could change something, needs a signed-in editor. Passwords are hashed
 * with PBKDF2. Every page is served with a Content-Security-Policy that allows only the app's own
 * scripts and styles (Swagger UI's pages also allow the one inline stylesheet of its logo).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI's pages (springdoc serves them under /swagger-ui/). */
    static final String SWAGGER_UI_PATHS = "/swagger-ui/**";

    /*
     * Swagger UI renders its logo as an SVG holding a <style> element (two fill colours), which
     * style-src 'self' blocks. Only Swagger UI's own pages allow that one stylesheet, by its hash,
     * never 'unsafe-inline'. The hash is of swagger-ui 5.32.x; after an upgrade that changes the
     * logo the browser console names the new hash, and the only loss meanwhile is the logo's colour.
     */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

    /** The read-only JSON API: it holds no handler that changes anything, so it needs no CSRF token. */
    static final String API_PATHS = "/api/v1/**";

    private static final String CSP_HEADER = "Content-Security-Policy";

    /*
     * Spring Security would observe each of its filters on every request, and the chain, the sign-in and each
     * authorization besides: about 4 % of the app's CPU on a rendered page (JFR under the bench's misses), for
     * timings no dashboard reads. The request's own observation (http.server.requests) is kept.
     */
    @Bean
    SecurityObservationSettings securityFiltersNotObserved() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService userDetails,
                                            PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                            DeviceCookies devices,
                                            @Value("${app.review.required:false}")
                                            boolean reviewRequired) throws Exception {
        // Citations are not drafted yet: while review is required, only a reviewer attaches or removes one.
        Role citing = reviewRequired ? Role.REVIEWER : Role.EDITOR;
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher(SWAGGER_UI_PATHS);
        ProviderManager signIn = ThrottledAuthenticationProvider.signIn(userDetails, passwordEncoder, throttle, devices);
        http
                .authenticationManager(signIn)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/users/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/admin/*/*/delete", "/admin/history/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/duplicates/merge", "/admin/duplicates/merges", "/admin/duplicates/merges/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/review/**").hasRole(Role.REVIEWER.name())
                        .requestMatchers(HttpMethod.POST, "/admin/citations/**", "/admin/sources/*/cite").hasRole(citing.name())
                        .requestMatchers("/admin/**").hasRole(Role.EDITOR.name())
                        // The API only reads: any other method reaches Spring MVC, which answers 405 with Allow.
                        .requestMatchers(API_PATHS).permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                // Nothing of an anonymous visitor is kept on the server: the page to return to after signing
                // in travels in the sign-in page's URL, and the CSRF token in a cookie, so only a sign-in
                // creates a session.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(denied -> denied.authenticationEntryPoint(new SignInRedirect("/login")))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenCookie()).ignoringRequestMatchers(API_PATHS))
                .formLogin(login -> login.loginPage("/login").permitAll()
                        .successHandler(new ContinueAfterSignIn("/admin"))
                        .authenticationDetailsSource(SignInDetails::new)
                        .failureHandler(new SignInFailureHandler()))
                .sessionManagement(session -> session.addSessionAuthenticationStrategy(new DeviceCookieOnSignIn(devices)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                                new StaticHeadersWriter(CSP_HEADER, CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                                new StaticHeadersWriter(CSP_HEADER, SWAGGER_UI_CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Lets a request with any method reach the application, so that a method no handler takes (QUERY,
     * PROPFIND…) is answered 405 with Allow and the security headers by Spring MVC, instead of the
     * firewall's bare 400. Authorization never depends on a method other than GET, HEAD and POST, and
     * every other method falls under "authenticated" outside the API.
     */
    @Bean
    HttpFirewall anyMethodFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setUnsafeAllowAnyHttpMethod(true);
        return firewall;
    }

    /** HttpOnly: the forms carry the token themselves, so no script ever needs to read the cookie. */
    private static CookieCsrfTokenRepository csrfTokenCookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }
}
