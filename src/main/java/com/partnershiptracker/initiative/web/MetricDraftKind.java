package com.partnershiptracker.initiative.web;

import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.review.DraftKind;
import com.partnershiptracker.shared.Bilingual;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Figure (metric) drafts, applied as {@link MetricAdminController} saves; shown on the initiative's or organization's page. */
@Component
class MetricDraftKind implements DraftKind<MetricForm> {

    static final String NAME = "METRIC";

    private final InitiativeService initiatives;

    MetricDraftKind(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<MetricForm> formClass() {
        return MetricForm.class;
    }

    @Override
    public MetricForm currentForm(Long recordId) {
        return recordId == null ? new MetricForm() : MetricForm.from(initiatives.getMetric(recordId));
    }

    @Override
    public String apply(MetricForm form, Long recordId) {
        if (recordId == null) {
            initiatives.createMetric(form);
        } else {
            initiatives.updateMetric(recordId, form.expectedVersion(), form);
        }
        if (form.getInitiative() != null && !form.getInitiative().isBlank()) {
            return "/initiatives/" + ReferenceText.keyOf(form.getInitiative());
        }
        return form.getOrganization() != null && !form.getOrganization().isBlank()
                ? "/organizations/" + ReferenceText.keyOf(form.getOrganization()) : "/";
    }

    @Override
    public String label(MetricForm form) {
        return Bilingual.of(form.getMeasureKo(), form.getMeasureEn()).in(LocaleContextHolder.getLocale());
    }

    @Override
    public String editPath(Long recordId, MetricForm form) {
        return recordId == null ? "/admin/metrics/new" : "/admin/metrics/" + recordId + "/edit";
    }
}
