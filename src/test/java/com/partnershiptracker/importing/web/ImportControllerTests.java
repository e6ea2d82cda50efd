package com.partnershiptracker.importing.web;

import com.partnershiptracker.importing.FieldChange;
import com.partnershiptracker.importing.ImportDraftForm;
import com.partnershiptracker.importing.ImportApplyException;
import com.partnershiptracker.importing.ImportFileException;
import com.partnershiptracker.importing.ImportLayout;
import com.partnershiptracker.importing.ImportPreview;
import com.partnershiptracker.importing.ImportResult;
import com.partnershiptracker.importing.ImportRow;
import com.partnershiptracker.importing.ImportRun;
import com.partnershiptracker.importing.ImportService;
import com.partnershiptracker.importing.ImportTotals;
import com.partnershiptracker.importing.Outcome;
import com.partnershiptracker.importing.RowError;
import com.partnershiptracker.importing.RowPlan;
import com.partnershiptracker.review.DraftGate;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ImportController.class)
@Import({Display.class, SliceSecurity.class})
class ImportControllerTests {

    static final String ID = "0b7e2c1a-1111-4222-8333-444455556666";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportService imports;

    @MockitoBean
    DraftGate draftGate;

    private final ImportLayout agreements = new ImportLayout() {
        @Override public String name() { return "agreements"; }
        @Override public List<String> columns() { return List.of("title_en", "parties"); }
        @Override public Set<String> optionalColumns() { return Set.of(); }
        @Override public List<List<String>> examples() { return List.of(List.of("KT–Woori MOU", "kt; woori-bank")); }
        @Override public String exportPath() { return "/agreements.csv"; }
        @Override public ImportRun start() { return chunk -> List.of(); }
    };

    @BeforeEach
    void oneLayout() {
        when(imports.layouts()).thenReturn(List.of(agreements));
        when(imports.layout("agreements")).thenReturn(Optional.of(agreements));
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void theImportPageOffersEachLayoutWithItsTemplateAndExport() throws Exception {
        mvc.perform(get("/admin/import").header("Accept-Language", "en"))
                .andExpect(view().name(ImportController.INDEX_VIEW))
                .andExpect(content().string(containsString("/admin/import/agreements/template.csv")))
                .andExpect(content().string(containsString("href=\"/agreements.csv\"")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/import")).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/admin/import").file(file("x")).with(csrf())).andExpect(status().is3xxRedirection());
        verify(imports, never()).upload(anyString(), anyString(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void anUploadWithoutCsrfIsRefused() throws Exception {
        mvc.perform(multipart("/admin/import").file(file("title_en,parties\n")).param("layout", "agreements"))
                .andExpect(status().isForbidden());
        verify(imports, never()).upload(anyString(), anyString(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void anAcceptedUploadRedirectsToItsPreview() throws Exception {
        when(imports.upload(eq("agreements"), eq("deals.csv"), any(), eq("ed"))).thenReturn(ID);
        mvc.perform(multipart("/admin/import").file(file("title_en,parties\n")).param("layout", "agreements").with(csrf()))
                .andExpect(redirectedUrl("/admin/import/" + ID));
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void aRefusedFileComesBackToTheImportPageWithItsReason() throws Exception {
        when(imports.upload(anyString(), anyString(), any(), anyString()))
                .thenThrow(new ImportFileException(RowError.of("import.file.missingColumns", "parties")));
        mvc.perform(multipart("/admin/import").file(file("title_en\n")).param("layout", "agreements").with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(redirectedUrl("/admin/import"))
                .andExpect(flash().attribute("importError", "These columns are missing: parties."));
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void thePreviewShowsTotalsEachRowsChangesAndErrorsAndTheSkipChoice() throws Exception {
        Map<String, Integer> columns = Map.of("title_en", 0, "parties", 1);
        ImportRow first = new ImportRow(1, List.of("KT MOU", "kt; woori-bank"), columns);
        ImportRow second = new ImportRow(2, List.of("Odd MOU", "kt; shared"), columns);
        when(imports.preview(ID, "ed", 0, ImportController.PAGE_SIZE)).thenReturn(Optional.of(new ImportPreview(ID, "deals.csv", "agreements",
                null, new ImportTotals(0, 1, 0, 1), List.of(
                new RowPlan(first, Outcome.UPDATE, "KT MOU", List.of(new FieldChange("status", "SIGNED", "ACTIVE")), null, null),
                RowPlan.error(second, "Odd MOU", RowError.in("parties", "import.error.ambiguousOrganization", "shared", "beta-bank, gamma-telecom"))),
                0, ImportController.PAGE_SIZE, null)));

        mvc.perform(get("/admin/import/" + ID).header("Accept-Language", "en"))
                .andExpect(view().name(ImportController.PREVIEW_VIEW))
                .andExpect(content().string(containsString("Preview of deals.csv")))
                .andExpect(content().string(containsString("SIGNED</del> → <ins>ACTIVE")))
                .andExpect(content().string(containsString("parties: &quot;shared&quot; names several organizations: beta-bank, gamma-telecom.")))
                .andExpect(content().string(containsString("name=\"skipInvalid\"")))
                .andExpect(content().string(containsString("/admin/import/" + ID + "/errors.csv")));
    }

    @Test
    @WithMockUser(username = "other", roles = "EDITOR")
    void anotherEditorsUploadIsNotFound() throws Exception {
        when(imports.preview(anyString(), eq("other"), any(Integer.class), any(Integer.class))).thenReturn(Optional.empty());
        mvc.perform(get("/admin/import/" + ID)).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void applyingRedirectsToTheImportPageWithTheTotals() throws Exception {
        when(imports.apply(ID, "ed", true)).thenReturn(Optional.of(new ImportResult(true, new ImportTotals(2, 0, 0, 1), null)));
        when(imports.fileName(ID, "ed")).thenReturn(Optional.of("deals.csv"));
        mvc.perform(post("/admin/import/" + ID + "/apply").param("skipInvalid", "true").with(csrf()).header("Accept-Language", "en"))
                .andExpect(redirectedUrl("/admin/import"))
                .andExpect(flash().attribute("importDone", "Imported deals.csv: 2 created, 0 updated, 0 unchanged, 1 skipped."));
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void applyingAFileWithErrorsWithoutSkippingGoesBackToThePreview() throws Exception {
        when(imports.apply(ID, "ed", false)).thenReturn(Optional.of(new ImportResult(false, new ImportTotals(2, 0, 0, 1), null)));
        mvc.perform(post("/admin/import/" + ID + "/apply").with(csrf()))
                .andExpect(redirectedUrl("/admin/import/" + ID))
                .andExpect(flash().attributeExists("importError"));
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void anEditorsApplyIsSavedAsADraftWhenReviewIsRequired() throws Exception {
        ImportDraftForm payload = new ImportDraftForm();
        when(draftGate.mustDraft()).thenReturn(true);
        when(imports.fileName(ID, "ed")).thenReturn(Optional.of("deals.csv"));
        when(imports.holdForReview(ID, "ed", true)).thenReturn(Optional.of(payload));
        when(draftGate.save(eq("IMPORT"), eq(null), eq(payload), any())).thenReturn("redirect:/admin/drafts/5");
        mvc.perform(post("/admin/import/" + ID + "/apply").param("skipInvalid", "true").with(csrf()))
                .andExpect(redirectedUrl("/admin/drafts/5"));
        verify(imports, never()).apply(anyString(), anyString(), anyBoolean());
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void aDraftOfAFileWithErrorsNotSkippedIsNotMadeAndTheEditorGoesBackToThePreview() throws Exception {
        when(draftGate.mustDraft()).thenReturn(true);
        when(imports.fileName(ID, "ed")).thenReturn(Optional.of("deals.csv"));
        when(imports.holdForReview(ID, "ed", false)).thenReturn(Optional.empty());
        mvc.perform(post("/admin/import/" + ID + "/apply").with(csrf()))
                .andExpect(redirectedUrl("/admin/import/" + ID))
                .andExpect(flash().attributeExists("importError"));
        verify(draftGate, never()).save(anyString(), any(), any(), any());
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void aDraftOfAnotherEditorsFileIsNotFound() throws Exception {
        when(draftGate.mustDraft()).thenReturn(true);
        when(imports.fileName(ID, "ed")).thenReturn(Optional.empty());
        mvc.perform(post("/admin/import/" + ID + "/apply").with(csrf())).andExpect(status().isNotFound());
        verify(imports, never()).holdForReview(anyString(), anyString(), anyBoolean());
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void aRowRefusedWhileSavingIsNamed() throws Exception {
        when(imports.apply(ID, "ed", false)).thenThrow(new TestApplyException());
        mvc.perform(post("/admin/import/" + ID + "/apply").with(csrf()).header("Accept-Language", "en"))
                .andExpect(redirectedUrlPattern("/admin/import/*"))
                .andExpect(flash().attribute("importError", containsString("row 7")));
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void theTemplateHasTheHeaderAHelpRowAndTheExamples() throws Exception {
        byte[] body = mvc.perform(get("/admin/import/agreements/template.csv").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).startsWith("\uFEFFtitle_en,parties\r\n# ")
                .contains("KT–Woori MOU,kt; woori-bank\r\n");
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void theErrorsDownloadIsCsv() throws Exception {
        when(imports.fileName(ID, "ed")).thenReturn(Optional.of("deals.csv"));
        when(imports.writeErrors(eq(ID), eq("ed"), any(), any())).thenReturn(true);
        mvc.perform(get("/admin/import/" + ID + "/errors.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"));
        mvc.perform(get("/admin/import/" + ID + "/errors.csv")).andExpect(content().string(not(containsString("<html"))));
    }

    private static MockMultipartFile file(String text) {
        return new MockMultipartFile("file", "deals.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A feature's refusal of row 7 at save time. */
    private static final class TestApplyException extends ImportApplyException {
        TestApplyException() {
            super(7, new IllegalArgumentException("validation.twoParties"));
        }
    }
}
