package com.partnershiptracker.admin.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.audit.FieldChange;
import com.partnershiptracker.audit.HistoryNotFoundException;
import com.partnershiptracker.audit.HistoryValue;
import com.partnershiptracker.audit.RecordHistory;
import com.partnershiptracker.audit.RecordKey;
import com.partnershiptracker.audit.RevisionView;
import com.partnershiptracker.audit.HistoryService;
import com.partnershiptracker.audit.RecentChanges;
import com.partnershiptracker.audit.RestoreBlocker;
import com.partnershiptracker.audit.RestoreRefusedException;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.Display;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(HistoryController.class)
@Import({Display.class, HistoryText.class, SliceSecurity.class})
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
        when(history.recordHistory(any(), anyLong())).thenAnswer(call -> new RecordHistory(
                new RecordKey("ORGANIZATION", call.getArgument(1, Long.class)), null, List.of(), Map.of()));
        when(history.currentVersion(any(), anyLong())).thenReturn(Optional.of(5L));
    }

    @Test
    void theHistoryNamesTheRecordAndEachFieldAndShowsValuesInTheReadersLanguage() throws Exception {
        RecordKey woori = new RecordKey("ORGANIZATION", 5);
        RevisionView edit = new RevisionView(12, "editor", Instant.parse("2026-11-23T12:14:00Z"), RevisionType.MOD, List.of(
                new FieldChange("signed", new HistoryValue.Date(PartialDate.ofMonth(2020, 7)),
                        new HistoryValue.Date(PartialDate.ofDay(2020, 8, 19))),
                new FieldChange("status", new HistoryValue.Label(AgreementStatus.ANNOUNCED), new HistoryValue.Label(AgreementStatus.SIGNED)),
                new FieldChange("parties", HistoryValue.NONE, new HistoryValue.Items(List.of(new HistoryValue.Composite(
                        List.of(new HistoryValue.Reference(woori), new HistoryValue.Label(PartyRole.PRINCIPAL))))))), false);
        when(history.recordHistory(Agreement.class, 3L)).thenReturn(new RecordHistory(new RecordKey("AGREEMENT", 3),
                Bilingual.of("네이버 지도 제휴", "Naver Map tie-up"), List.of(edit), Map.of(woori, Bilingual.of("우리은행", "Woori Bank"))));

        mvc.perform(get("/admin/history/AGREEMENT/3").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Naver Map tie-up · Agreement history</h1>")))
                .andExpect(content().string(containsString("Signed: July 2020 → 19 August 2020")))
                .andExpect(content().string(containsString("Status: Announced → Signed")))
                .andExpect(content().string(containsString("Parties: Woori Bank, principal")))
                .andExpect(content().string(not(containsString("Agreement #3"))));
        mvc.perform(get("/admin/history/AGREEMENT/3").header("Accept-Language", "ko"))
                .andExpect(content().string(containsString("<h1>네이버 지도 제휴 · 협약 이력</h1>")))
                .andExpect(content().string(containsString("서명일: 2020년 7월 → 2020년 8월 19일")))
                .andExpect(content().string(containsString("당사자: 우리은행, 주 당사자")));
    }

    @Test
    void aRecordWithNoNameLeftIsHeadedByItsKindAndId() throws Exception {
        mvc.perform(get("/admin/history/ORGANIZATION/7").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<h1>Organization #7 · Organization history</h1>")));
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
