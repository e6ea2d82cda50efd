package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.review.DraftKind;
import com.partnershiptracker.shared.Bilingual;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Agreement drafts, applied as {@link AgreementAdminController} saves. */
@Component
class AgreementDraftKind implements DraftKind<AgreementForm> {

    static final String NAME = "AGREEMENT";

    private final AgreementService agreements;

    AgreementDraftKind(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<AgreementForm> formClass() {
        return AgreementForm.class;
    }

    @Override
    public AgreementForm currentForm(Long recordId) {
        return recordId == null ? new AgreementForm() : AgreementForm.from(agreements.getDetails(recordId));
    }

    @Override
    public String apply(AgreementForm form, Long recordId) {
        if (recordId == null) {
            Agreement created = agreements.create(new Agreement(Bilingual.of(form.getTitleKo(), form.getTitleEn()),
                    form.getKind(), form.getStatus()), form);
            return "/agreements/" + created.getId();
        }
        agreements.update(recordId, form.expectedVersion(), form);
        return "/agreements/" + recordId;
    }

    @Override
    public String label(AgreementForm form) {
        return Bilingual.of(form.getTitleKo(), form.getTitleEn()).in(LocaleContextHolder.getLocale());
    }

    @Override
    public String editPath(Long recordId, AgreementForm form) {
        return recordId == null ? "/admin/agreements/new" : "/admin/agreements/" + recordId + "/edit";
    }
}
