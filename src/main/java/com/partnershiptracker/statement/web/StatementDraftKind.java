package com.partnershiptracker.statement.web;

import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.review.DraftKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.statement.StatementService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Statement drafts, applied as {@link StatementAdminController} saves; shown on the speaker's page. */
@Component
class StatementDraftKind implements DraftKind<StatementForm> {

    static final String NAME = "STATEMENT";

    private final StatementService statements;

    StatementDraftKind(StatementService statements) {
        this.statements = statements;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<StatementForm> formClass() {
        return StatementForm.class;
    }

    @Override
    public StatementForm currentForm(Long recordId) {
        return recordId == null ? new StatementForm() : StatementForm.from(statements.getWithSpeaker(recordId));
    }

    @Override
    public String apply(StatementForm form, Long recordId) {
        if (recordId == null) {
            statements.create(form);
        } else {
            statements.update(recordId, form.expectedVersion(), form);
        }
        if (form.getPerson() != null && !form.getPerson().isBlank()) {
            return "/people/" + ReferenceText.keyOf(form.getPerson());
        }
        return form.getOrganization() != null && !form.getOrganization().isBlank()
                ? "/organizations/" + ReferenceText.keyOf(form.getOrganization()) : "/";
    }

    @Override
    public String label(StatementForm form) {
        String text = Bilingual.of(form.getTextKo(), form.getTextEn()).in(LocaleContextHolder.getLocale());
        return text != null && text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    @Override
    public String editPath(Long recordId, StatementForm form) {
        return recordId == null ? "/admin/statements/new" : "/admin/statements/" + recordId + "/edit";
    }
}
