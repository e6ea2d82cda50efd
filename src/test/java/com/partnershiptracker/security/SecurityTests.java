package com.partnershiptracker.security;

import com.partnershiptracker.support.PostgresTestDatabase;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, throttling, deny-by-default and headers, against the real users table on PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Transactional
class SecurityTests {

    static final String PASSWORD = "correct horse staple battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @BeforeEach
    void createAnEditor() {
        users.create("test-editor", PASSWORD, Role.EDITOR);
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromTheAdminSide() throws Exception {
        mvc.perform(get("/admin/sources").queryParam("page", "2")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?continue=%2Fadmin%2Fsources%3Fpage%3D2"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().sessionAttributeDoesNotExist("SPRING_SECURITY_SAVED_REQUEST"));
    }

    @Test
    void anEditorSignsInAndReachesTheDashboard() throws Exception {
        mvc.perform(formLogin("/login").user("test-editor").password(PASSWORD))
                .andExpect(authenticated().withUsername("test-editor"))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserFailAlike() throws Exception {
        MvcResult wrong = mvc.perform(formLogin("/login").user("test-editor").password("not the password at all"))
                .andExpect(unauthenticated()).andReturn();
        MvcResult unknown = mvc.perform(formLogin("/login").user("nobody-here").password("not the password at all"))
                .andExpect(unauthenticated()).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void afterTenFailuresFromAnywhereUnknownClientsAreRefusedButTheBrowserThatSignedInBeforeIsNot() throws Exception {
        users.create("locked-editor", PASSWORD, Role.EDITOR);
        Cookie device = mvc.perform(signIn("locked-editor", PASSWORD, "192.0.2.6")).andExpect(authenticated())
                .andReturn().getResponse().getCookie(DeviceCookies.NAME);
        assertThat(device).as("the device cookie set on signing in").isNotNull();
        for (int i = 0; i < 10; i++) {
            mvc.perform(signIn("locked-editor", "wrong password " + i, "192.0.2." + (10 + i))).andExpect(unauthenticated());
        }
        mvc.perform(signIn("locked-editor", PASSWORD, "198.51.100.9")).andExpect(unauthenticated());
        mvc.perform(signIn("locked-editor", PASSWORD, "198.51.100.9").cookie(device)).andExpect(authenticated());
    }

    @Test
    void signingInWithoutACsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/login").param("username", "test-editor").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/timeline"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Referrer-Policy"));
    }

    @Test
    void anonymousVisitorsReachNoMutatingRoute() throws Exception {
        List<String> open = new ArrayList<>();
        for (RequestMappingInfo mapping : handlers.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            Set<RequestMethod> tried = methods.isEmpty()
                    ? Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE) : methods;
            for (String pattern : mapping.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : tried) {
                    boolean reads = method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS;
                    if (reads && !path.startsWith("/admin")) {
                        continue;
                    }
                    int status = mvc.perform(request(HttpMethod.valueOf(method.name()), path).with(csrf()))
                            .andReturn().getResponse().getStatus();
                    boolean refused = status == 401 || status == 403 || status == 302;
                    if (!refused) {
                        open.add(method + " " + path + " -> " + status);
                    }
                }
            }
        }
        assertThat(open).as("routes an anonymous visitor could use to change something").isEmpty();
        assertThat(handlers.getHandlerMethods()).isNotEmpty();
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = {"ADMIN", "EDITOR"})
    void everyMutatingRouteRefusesARequestWithoutACsrfToken() throws Exception {
        List<String> open = new ArrayList<>();
        for (RequestMappingInfo mapping : handlers.getHandlerMethods().keySet()) {
            for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : mapping.getPatternValues()) {
                    String path = pattern.replaceAll("\\{[^}]+}", "1");
                    int status = mvc.perform(request(HttpMethod.valueOf(method.name()), path)).andReturn().getResponse().getStatus();
                    if (status != 403) {
                        open.add(method + " " + path + " -> " + status);
                    }
                }
            }
        }
        assertThat(open).as("mutating routes that accepted a request without a CSRF token").isEmpty();
    }

    @Test
    void theFirstAdminExistsAfterStartUp() {
        assertThat(users.findByUsername("admin")).hasValueSatisfying(admin -> assertThat(admin.getRole()).isEqualTo(Role.ADMIN));
    }

    @Test
    void accountsFollowThePasswordPolicy() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.create("weak-one", "password1234", Role.EDITOR))
                .isInstanceOf(WeakPasswordException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.create("Bad Name!", PASSWORD, Role.EDITOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username, String password, String client) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(client));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
