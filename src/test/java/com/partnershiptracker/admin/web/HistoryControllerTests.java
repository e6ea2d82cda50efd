package com.partnershiptracker.admin.web;

import com.partnershiptracker.audit.HistoryNotFoundException;
import com.partnershiptracker.audit.HistoryService;
import com.partnershiptracker.audit.RecentChanges;
import com.partnershiptracker.audit.RestoreBlocker;
import com.partnershiptracker.audit.RestoreRefusedException;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.shared.web.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(HistoryController.class)
@Import({Display.class, SliceSecurity.class})
@WithMockUser(roles = {"ADMIN", "EDITOR"})
class HistoryControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HistoryService history;

    @MockitoBean
    RecentChanges recentChanges;

    @MockitoBean
    OrganizationService organizations;

    @BeforeEach
    void stubHistory() {
        when(history.historyOf(any(), anyLong())).thenReturn(List.of());
        when(history.currentVersion(any(), anyLong())).thenReturn(Optional.of(5L));
    }

    @Test
    void aRestoreAtTheVersionThePageShowedRedirectsToTheHistory() throws Exception {
        mvc.perform(post("/admin/history/ORGANIZATION/7/3/restore").with(csrf()).param("version", "5"))
                .andExpect(redirectedUrl("/admin/history/ORGANIZATION/7"));
        verify(history).restore(Organization.class, 7L, 3L, 5L);
    }

    @Test
    void aRefusedRestoreIsA409OnTheHistoryPageWithEachReasonAndALinkToTheRecordInTheWay() throws Exception {
        when(history.restore(eq(Organization.class), eq(7L), eq(3L), eq(5L))).thenThrow(new RestoreRefusedException(List.of(
                RestoreBlocker.because("restore.blocked.taken", "slug kt", Organization.class, 9L))));
        mvc.perform(post("/admin/history/ORGANIZATION/7/3/restore").with(csrf()).param("version", "5")
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(view().name(HistoryController.HISTORY_VIEW))
                .andExpect(content().string(containsString("Another record now has this value (slug kt).")))
                .andExpect(content().string(containsString("href=\"/admin/history/ORGANIZATION/9\"")));
    }

    @Test
    void aRestoreFromAStalePageIsA409ThatSaysNothingWasRestored() throws Exception {
        when(history.restore(eq(Organization.class), eq(7L), eq(3L), eq(4L))).thenThrow(new StaleRecordException("Organization", 7));
        mvc.perform(post("/admin/history/ORGANIZATION/7/3/restore").with(csrf()).param("version", "4")
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Nothing was restored")));
    }

    @Test
    void aRecordOrRevisionThatNeverExistedIsA404() throws Exception {
        when(history.restore(eq(Organization.class), eq(99_999_999L), anyLong(), anyLong()))
                .thenThrow(new HistoryNotFoundException("Organization", 99_999_999L));
        mvc.perform(post("/admin/history/ORGANIZATION/99999999/1/restore").with(csrf()).param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNegativeRevisionAnUnknownKindOrAMissingVersionIsA400() throws Exception {
        mvc.perform(post("/admin/history/ORGANIZATION/7/-1/restore").with(csrf()).param("version", "5"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/history/NOTHING/7/1/restore").with(csrf()).param("version", "5"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/history/ORGANIZATION/7/1/restore").with(csrf()))
                .andExpect(status().isBadRequest());
        verify(history, never()).restore(any(), anyLong(), anyLong(), anyLong());
    }
}
