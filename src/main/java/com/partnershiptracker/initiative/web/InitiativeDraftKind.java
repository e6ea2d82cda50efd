package com.partnershiptracker.initiative.web;

import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.review.DraftKind;
import com.partnershiptracker.shared.Bilingual;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Initiative drafts, applied as {@link InitiativeAdminController} saves. */
@Component
class InitiativeDraftKind implements DraftKind<InitiativeForm> {

    static final String NAME = "INITIATIVE";

    private final InitiativeService initiatives;

    InitiativeDraftKind(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<InitiativeForm> formClass() {
        return InitiativeForm.class;
    }

    @Override
    public InitiativeForm currentForm(Long recordId) {
        return recordId == null ? new InitiativeForm() : InitiativeForm.from(initiatives.getForEditing(recordId));
    }

    @Override
    public String apply(InitiativeForm form, Long recordId) {
        long id = recordId == null ? initiatives.create(form).getId()
                : initiatives.update(recordId, form.expectedVersion(), form).getId();
        return "/initiatives/" + id;
    }

    @Override
    public String label(InitiativeForm form) {
        return Bilingual.of(form.getTitleKo(), form.getTitleEn()).in(LocaleContextHolder.getLocale());
    }

    @Override
    public String editPath(Long recordId, InitiativeForm form) {
        return recordId == null ? "/admin/initiatives/new" : "/admin/initiatives/" + recordId + "/edit";
    }
}
