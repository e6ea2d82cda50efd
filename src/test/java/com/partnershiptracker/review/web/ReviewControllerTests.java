package com.partnershiptracker.review.web;

import com.partnershiptracker.organization.web.OrganizationForm;
import com.partnershiptracker.review.Draft;
import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.review.DraftService;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ReviewController.class, DraftController.class})
@Import({DraftReviews.class, Display.class, SliceSecurity.class})
class ReviewControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DraftService drafts;

    @MockitoBean(name = "draftGate")
    DraftGate gate;

    Draft draft;

    @BeforeEach
    void oneDraftByEdna() throws Exception {
        Constructor<Draft> constructor = Draft.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        draft = constructor.newInstance();
        ReflectionTestUtils.setField(draft, "id", 5L);
        ReflectionTestUtils.setField(draft, "kind", "ORGANIZATION");
        ReflectionTestUtils.setField(draft, "label", "Zebra Pay");
        ReflectionTestUtils.setField(draft, "editor", "edna");
        ReflectionTestUtils.setField(draft, "locale", "en");
        ReflectionTestUtils.setField(draft, "status", com.partnershiptracker.review.DraftStatus.PENDING);
        ReflectionTestUtils.setField(draft, "createdAt", Instant.parse("2026-01-02T03:04:05Z"));
        ReflectionTestUtils.setField(draft, "updatedAt", Instant.parse("2026-01-02T03:04:05Z"));
        OrganizationForm proposed = new OrganizationForm();
        proposed.setNameEn("Zebra Pay");
        when(drafts.get(5L)).thenReturn(draft);
        when(drafts.pending()).thenReturn(List.of(draft));
        when(drafts.formOf(draft)).thenAnswer(invocation -> copyOf(proposed));
        when(drafts.publishedFormOf(draft)).thenAnswer(invocation -> new OrganizationForm());
        when(gate.signedInName()).thenReturn("rita");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anEditorCannotOpenTheReviewPage() throws Exception {
        mvc.perform(get("/admin/review")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/review/5/publish").with(csrf()).param("version", "0")).andExpect(status().isForbidden());
        verify(drafts, never()).publish(anyLong(), anyLong(), anyString(), any(), any());
    }

    @Test
    void signedOutTheReviewPageAndTheDraftPreviewAskForSignIn() throws Exception {
        mvc.perform(get("/admin/review")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/login?continue=*"));
        mvc.perform(get("/admin/drafts/5/preview")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/login?continue=*"));
    }

    @Test
    @WithMockUser(username = "rita", roles = {"REVIEWER", "EDITOR"})
    void aReviewerSeesEachPendingDraftWithItsChangesFieldByField() throws Exception {
        mvc.perform(get("/admin/review"))
                .andExpect(status().isOk())
                .andExpect(view().name(ReviewController.REVIEW_VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Zebra Pay")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Name in English")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"5:0\"")));
    }

    @Test
    @WithMockUser(username = "rita", roles = {"REVIEWER", "EDITOR"})
    void publishingNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/admin/review/5/publish").param("version", "0")).andExpect(status().isForbidden());
        verify(drafts, never()).publish(anyLong(), anyLong(), anyString(), any(), any());
    }

    @Test
    @WithMockUser(username = "rita", roles = {"REVIEWER", "EDITOR"})
    void aReviewerPublishesADraftAsThemself() throws Exception {
        mvc.perform(post("/admin/review/5/publish").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/admin/review"))
                .andExpect(flash().attribute("flash", "flash.draftPublished"));
        verify(drafts).publish(5L, 0L, "rita", null, List.of());
    }

    @Test
    @WithMockUser(username = "rita", roles = {"REVIEWER", "EDITOR"})
    void aStaleDraftIsNotPublishedButOpenedForResolving() throws Exception {
        when(drafts.publish(5L, 0L, "rita", null, List.of())).thenThrow(new StaleRecordException("ORGANIZATION", 7L));
        mvc.perform(post("/admin/review/5/publish").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/admin/drafts/5"))
                .andExpect(flash().attribute("flash", "flash.draftStale"));
    }

    @Test
    @WithMockUser(username = "rita", roles = {"REVIEWER", "EDITOR"})
    void aResolvedDraftIsPublishedWithTheFieldsTakenFromThePublishedRecord() throws Exception {
        mvc.perform(post("/admin/review/5/publish").with(csrf()).param("version", "0").param("resolvedAgainst", "3")
                        .param("takeTheirs", "website"))
                .andExpect(redirectedUrl("/admin/review"));
        verify(drafts).publish(5L, 0L, "rita", 3L, List.of("website"));
    }

    @Test
    @WithMockUser(username = "rita", roles = {"REVIEWER", "EDITOR"})
    void aReviewerSendsADraftBackWithAComment() throws Exception {
        mvc.perform(post("/admin/review/5/send-back").with(csrf()).param("version", "0").param("comment", " Cite a source. "))
                .andExpect(redirectedUrl("/admin/review"))
                .andExpect(flash().attribute("flash", "flash.draftSentBack"));
        verify(drafts).sendBack(5L, 0L, "rita", "Cite a source.");
    }

    @Test
    @WithMockUser(username = "rita", roles = {"REVIEWER", "EDITOR"})
    void severalDraftsArePublishedInOnePostEachAtItsVersion() throws Exception {
        when(drafts.publish(6L, 2L, "rita", null, List.of())).thenThrow(new StaleRecordException("Draft", 6L));
        mvc.perform(post("/admin/review/publish").with(csrf()).param("selected", "5:0", "6:2", "not-a-draft"))
                .andExpect(redirectedUrl("/admin/review"))
                .andExpect(flash().attribute("flash", "flash.draftsPartlyPublished"));
        verify(drafts).publish(5L, 0L, "rita", null, List.of());
        verify(drafts).publish(6L, 2L, "rita", null, List.of());
    }

    @Test
    @WithMockUser(username = "other", roles = "EDITOR")
    void anotherEditorsDraftDoesNotExistForAnEditor() throws Exception {
        when(gate.signedInName()).thenReturn("other");
        mvc.perform(get("/admin/drafts/5")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/drafts/5/preview")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "edna", roles = "EDITOR")
    void anEditorSeesTheirDraftAndWithdrawsIt() throws Exception {
        when(gate.signedInName()).thenReturn("edna");
        when(drafts.editPathOf(draft)).thenReturn("/admin/organizations/new?draft=5");
        mvc.perform(get("/admin/drafts/5"))
                .andExpect(status().isOk())
                .andExpect(view().name(DraftController.DRAFT_VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/admin/organizations/new?draft=5")));
        mvc.perform(post("/admin/drafts/5/withdraw").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/admin/drafts"))
                .andExpect(flash().attribute("flash", "flash.draftWithdrawn"));
        verify(drafts).withdraw(5L, 0L, "edna");
    }

    @Test
    @WithMockUser(username = "edna", roles = "EDITOR")
    void withdrawingADraftChangedMeanwhileShowsItAgain() throws Exception {
        when(gate.signedInName()).thenReturn("edna");
        doThrow(new StaleRecordException("Draft", 5L)).when(drafts).withdraw(5L, 0L, "edna");
        mvc.perform(post("/admin/drafts/5/withdraw").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/admin/drafts/5"))
                .andExpect(flash().attribute("flash", "flash.draftChanged"));
    }

    private static OrganizationForm copyOf(OrganizationForm form) {
        OrganizationForm copy = new OrganizationForm();
        copy.setNameEn(form.getNameEn());
        return copy;
    }
}
