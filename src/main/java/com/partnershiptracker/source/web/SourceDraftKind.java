package com.partnershiptracker.source.web;

import com.partnershiptracker.review.DraftKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.source.SourceService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Source drafts, applied as {@link SourceAdminController} saves. */
@Component
class SourceDraftKind implements DraftKind<SourceForm> {

    static final String NAME = "SOURCE";

    private final SourceService sources;

    SourceDraftKind(SourceService sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<SourceForm> formClass() {
        return SourceForm.class;
    }

    @Override
    public SourceForm currentForm(Long recordId) {
        return recordId == null ? new SourceForm() : SourceForm.from(sources.getById(recordId));
    }

    @Override
    public String apply(SourceForm form, Long recordId) {
        long id = recordId == null ? sources.create(form).getId() : sources.update(recordId, form.expectedVersion(), form).getId();
        return "/sources/" + id;
    }

    @Override
    public String label(SourceForm form) {
        return Bilingual.of(form.getHeadlineKo(), form.getHeadlineEn()).in(LocaleContextHolder.getLocale());
    }

    @Override
    public String editPath(Long recordId, SourceForm form) {
        return recordId == null ? "/admin/sources/new" : "/admin/sources/" + recordId + "/edit";
    }
}
