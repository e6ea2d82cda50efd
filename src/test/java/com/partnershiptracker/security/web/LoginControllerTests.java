package com.partnershiptracker.security.web;

import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(LoginController.class)
@Import({Display.class, SliceSecurity.class})
class LoginControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInFormCarriesALocalPageToReturnTo() throws Exception {
        mvc.perform(get("/login").queryParam("continue", "/admin/sources?page=2"))
                .andExpect(status().isOk())
                .andExpect(view().name(LoginController.VIEW))
                .andExpect(model().attribute("returnPath", "/admin/sources?page=2"))
                .andExpect(content().string(containsString("name=\"continue\" value=\"/admin/sources?page=2\"")))
                .andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_SAVED_REQUEST"));
    }

    @Test
    void theSignInFormDropsAPageOnAnotherSite() throws Exception {
        mvc.perform(get("/login").queryParam("continue", "//evil.example/"))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("returnPath"))
                .andExpect(content().string(not(containsString("name=\"continue\""))));
    }
}
