package com.partnershiptracker.security.web;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.partnershiptracker.security.UserAccount;
import com.partnershiptracker.shared.StaleRecordException;

import java.util.Optional;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(UserAdminController.class)
@Import({Display.class, SliceSecurity.class})
class UserAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserAccountService users;

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsCannotManageUsers() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(csrf()).param("username", "x")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
    void anAdminCreatesAnEditor() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).param("username", "new-editor").param("role", "EDITOR")
                        .param("password", "a good long passphrase"))
                .andExpect(redirectedUrl("/admin/users"));
        verify(users).create("new-editor", "a good long passphrase", Role.EDITOR, "boss");
    }

    @Test
    @WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
    void aChangeFromAStalePageIsAConflictShowingTheAccountAsItIsNow() throws Exception {
        UserAccount account = org.mockito.Mockito.mock(UserAccount.class);
        when(account.getUsername()).thenReturn("someone");
        when(account.getRole()).thenReturn(Role.EDITOR);
        when(account.getCreatedAt()).thenReturn(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        when(users.findByUsername("someone")).thenReturn(Optional.of(account));
        doThrow(new StaleRecordException("Account", "someone")).when(users).change("someone", 3, Role.ADMIN, true, "boss");

        mvc.perform(post("/admin/users/someone").with(csrf()).param("version", "3").param("role", "ADMIN").param("enabled", "true"))
                .andExpect(status().isConflict())
                .andExpect(view().name(UserAdminController.ACCOUNT))
                .andExpect(model().attribute("stale", true));
    }

    @Test
    @WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
    void anUnknownAccountIsNotFound() throws Exception {
        when(users.findByUsername("ghost")).thenReturn(Optional.empty());
        mvc.perform(get("/admin/users/ghost")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "boss", roles = {"ADMIN", "EDITOR"})
    void aChangeWithoutTheVersionSeenIsABadRequest() throws Exception {
        mvc.perform(post("/admin/users/someone").with(csrf()).param("role", "ADMIN")).andExpect(status().isBadRequest());
    }
}
