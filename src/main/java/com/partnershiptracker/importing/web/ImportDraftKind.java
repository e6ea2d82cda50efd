package com.partnershiptracker.importing.web;

import com.partnershiptracker.importing.ImportDraftForm;
import com.partnershiptracker.importing.ImportService;
import com.partnershiptracker.review.DraftKind;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An editor's import when review is required: a draft of no record, whose payload names the kept file. A reviewer
 * sees its row plan against the record as it is now; publishing applies the file as the editor's apply would.
 */
@Component
class ImportDraftKind implements DraftKind<ImportDraftForm> {

    static final String NAME = "IMPORT";

    private final ImportService imports;

    ImportDraftKind(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ImportDraftForm> formClass() {
        return ImportDraftForm.class;
    }

    @Override
    public ImportDraftForm currentForm(Long recordId) {
        return new ImportDraftForm();
    }

    @Override
    public String apply(ImportDraftForm form, Long recordId) {
        imports.publishDraft(form, signedInName());
        // The list the export comes from: the public page where the imported records show.
        return imports.layout(form.getLayout()).map(layout -> layout.exportPath().replaceFirst("\\.csv$", "")).orElse("/");
    }

    @Override
    public String label(ImportDraftForm form) {
        return form.getFileName() + " (" + form.getRows() + ")";
    }

    @Override
    public String editPath(Long recordId, ImportDraftForm form) {
        return "/admin/import/" + form.getUploadId();
    }

    @Override
    public Object reviewDetails(ImportDraftForm form) {
        return imports.reviewOf(form, ImportController.PAGE_SIZE);
    }

    @Override
    public String reviewTemplate() {
        return "admin/import/plan";
    }

    /** The reviewer publishing; not asked of DraftGate, which depends on the drafts that depend on this kind. */
    private static String signedInName() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null ? null : signedIn.getName();
    }
}
