package com.partnershiptracker.duplicate.web;

import com.partnershiptracker.duplicate.Candidate;
import com.partnershiptracker.duplicate.DuplicatePair;
import com.partnershiptracker.duplicate.DuplicateCursor;
import com.partnershiptracker.duplicate.DuplicateService;
import com.partnershiptracker.duplicate.DuplicatesPage;
import com.partnershiptracker.duplicate.Evidence;
import com.partnershiptracker.duplicate.EvidenceKind;
import com.partnershiptracker.duplicate.MergePreview;
import com.partnershiptracker.duplicate.MergeReference;
import com.partnershiptracker.duplicate.MergeResolution;
import com.partnershiptracker.duplicate.MergeService;
import com.partnershiptracker.duplicate.PlannedMove;
import com.partnershiptracker.duplicate.RecordKind;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DuplicatesController.class)
@Import({Display.class, SliceSecurity.class})
class DuplicatesControllerTests {

    private static final Candidate KEPT = new Candidate(1, "woori-bank", Bilingual.of("우리은행", "Woori Bank"), 3);
    private static final Candidate MERGED = new Candidate(2, "woori-bank-2", Bilingual.of(null, "Woori Bank Ltd"), 1);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DuplicateService duplicates;

    @MockitoBean
    MergeService merges;

    @BeforeEach
    void stub() {
        DuplicatePair pair = new DuplicatePair(RecordKind.ORGANIZATION, KEPT, MERGED, 0.8,
                List.of(new Evidence(EvidenceKind.SIMILAR_NAME_EN, "Woori Bank", "Woori Bank Ltd", 0.8)));
        when(duplicates.list(RecordKind.ORGANIZATION, DuplicateCursor.FIRST, DuplicatesController.PAGE_SIZE))
                .thenReturn(new DuplicatesPage(List.of(pair), new DuplicateCursor(2, 1), 1L));
        when(merges.preview(RecordKind.ORGANIZATION, 1, 2)).thenReturn(new MergePreview(RecordKind.ORGANIZATION, KEPT, MERGED,
                List.of(new PlannedMove(MergeReference.AGREEMENT_PARTY, 7, 0, MergeResolution.DROPPED, "PRINCIPAL",
                        Bilingual.of(null, "KT–Woori MOU"))), List.of("Woori Bank Ltd"), 2, List.of()));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anEditorSeesThePairsWithTheirEvidenceButNoMergeAction() throws Exception {
        mvc.perform(get("/admin/duplicates"))
                .andExpect(status().isOk())
                .andExpect(view().name(DuplicatesController.LIST_VIEW))
                .andExpect(content().string(containsString("English names alike")))
                .andExpect(content().string(containsString("Woori Bank Ltd")))
                .andExpect(content().string(containsString("Not a duplicate")))
                .andExpect(content().string(containsString("/admin/duplicates?kind=organization&amp;upto=2&amp;below=1")))
                .andExpect(content().string(not(containsString("/admin/duplicates/merge?"))));
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void anAdminIsOfferedTheMerge() throws Exception {
        mvc.perform(get("/admin/duplicates").param("kind", "organization"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/duplicates/merge?kind=organization&amp;kept=1&amp;merged=2")));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anUnknownKindIsABadRequest() throws Exception {
        mvc.perform(get("/admin/duplicates").param("kind", "agreement")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anEditorDismissesAPairWithCsrfAndIsSentBackWithAFlash() throws Exception {
        mvc.perform(post("/admin/duplicates/dismiss").with(csrf()).param("kind", "person").param("first", "4").param("second", "9")
                        .param("upto", "9").param("below", "5"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/duplicates?kind=person&upto=9&below=5"))
                .andExpect(flash().attribute("flash", "flash.duplicate.dismissed"));
        verify(duplicates).dismiss(RecordKind.PERSON, 4, 9);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aDismissalWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/admin/duplicates/dismiss").param("kind", "person").param("first", "4").param("second", "9"))
                .andExpect(status().isForbidden());
        verify(duplicates, never()).dismiss(eq(RecordKind.PERSON), anyLong(), anyLong());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anEditorCannotPreviewMergeOrUnmerge() throws Exception {
        mvc.perform(get("/admin/duplicates/merge").param("kind", "organization").param("kept", "1").param("merged", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/duplicates/merge").with(csrf()).param("kind", "organization").param("kept", "1")
                .param("keptVersion", "3").param("merged", "2").param("mergedVersion", "1")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/duplicates/merges")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/duplicates/merges/5/unmerge").with(csrf())).andExpect(status().isForbidden());
        verify(merges, never()).merge(eq(RecordKind.ORGANIZATION), anyLong(), anyLong(), anyLong(), anyLong());
        verify(merges, never()).unmerge(anyLong());
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void thePreviewShowsWhatMovesTheClashesTheSwapAndBothVersions() throws Exception {
        mvc.perform(get("/admin/duplicates/merge").param("kind", "organization").param("kept", "1").param("merged", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name(DuplicatesController.PREVIEW_VIEW))
                .andExpect(content().string(containsString("Party to an agreement")))
                .andExpect(content().string(containsString("the kept record is there already")))
                .andExpect(content().string(containsString("kept=2&amp;merged=1")))
                .andExpect(content().string(containsString("name=\"keptVersion\" value=\"3\"")))
                .andExpect(content().string(containsString("name=\"mergedVersion\" value=\"1\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void anAdminMergesAndIsSentToTheMerges() throws Exception {
        mvc.perform(post("/admin/duplicates/merge").with(csrf()).param("kind", "organization").param("kept", "1")
                        .param("keptVersion", "3").param("merged", "2").param("mergedVersion", "1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/duplicates/merges"))
                .andExpect(flash().attribute("flash", "flash.duplicate.merged"));
        verify(merges).merge(RecordKind.ORGANIZATION, 1, 3, 2, 1);
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void aStaleMergeShowsThePreviewAgainWithA409() throws Exception {
        doThrow(new StaleRecordException("Organization", 1L)).when(merges).merge(RecordKind.ORGANIZATION, 1, 2, 2, 1);
        mvc.perform(post("/admin/duplicates/merge").with(csrf()).param("kind", "organization").param("kept", "1")
                        .param("keptVersion", "2").param("merged", "2").param("mergedVersion", "1"))
                .andExpect(status().isConflict())
                .andExpect(view().name(DuplicatesController.PREVIEW_VIEW))
                .andExpect(model().attribute("problem", "merge.stale"));
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void aMergeWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/admin/duplicates/merge").param("kind", "organization").param("kept", "1")
                .param("keptVersion", "3").param("merged", "2").param("mergedVersion", "1")).andExpect(status().isForbidden());
        verify(merges, never()).merge(eq(RecordKind.ORGANIZATION), anyLong(), anyLong(), anyLong(), anyLong());
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR"})
    void anAdminUnmerges() throws Exception {
        mvc.perform(post("/admin/duplicates/merges/5/unmerge").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/duplicates/merges"))
                .andExpect(flash().attribute("flash", "flash.duplicate.unmerged"));
        verify(merges).unmerge(5);
    }

    @Test
    void signedOutIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/duplicates")).andExpect(status().isFound());
    }
}
