package com.partnershiptracker.organization.web;

import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.review.DraftKind;
import org.springframework.stereotype.Component;

/** Relation drafts, applied as {@link RelationAdminController} saves; shown on the subject's page. */
@Component
class RelationDraftKind implements DraftKind<RelationForm> {

    static final String NAME = "RELATION";

    private final OrganizationService organizations;

    RelationDraftKind(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<RelationForm> formClass() {
        return RelationForm.class;
    }

    @Override
    public RelationForm currentForm(Long recordId) {
        return recordId == null ? new RelationForm() : RelationForm.from(organizations.getRelation(recordId));
    }

    @Override
    public String apply(RelationForm form, Long recordId) {
        if (recordId == null) {
            organizations.createRelation(form);
        } else {
            organizations.updateRelation(recordId, form.expectedVersion(), form);
        }
        return "/organizations/" + ReferenceText.keyOf(form.getSubject());
    }

    @Override
    public String label(RelationForm form) {
        return String.valueOf(form.getSubject()) + " → " + form.getObject();
    }

    @Override
    public String editPath(Long recordId, RelationForm form) {
        return recordId == null ? "/admin/relations/new" : "/admin/relations/" + recordId + "/edit";
    }
}
