package com.partnershiptracker.security.web;

import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.shared.web.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.Mockito.verify;
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
        verify(users).create("new-editor", "a good long passphrase", Role.EDITOR);
    }
}
