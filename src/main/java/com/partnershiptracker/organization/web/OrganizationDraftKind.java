package com.partnershiptracker.organization.web;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationNotFoundException;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.review.DraftKind;
import com.partnershiptracker.shared.Bilingual;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Organization drafts, applied as {@link OrganizationAdminController} saves. */
@Component
class OrganizationDraftKind implements DraftKind<OrganizationForm> {

    static final String NAME = "ORGANIZATION";

    private final OrganizationService organizations;

    OrganizationDraftKind(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<OrganizationForm> formClass() {
        return OrganizationForm.class;
    }

    @Override
    public OrganizationForm currentForm(Long recordId) {
        if (recordId == null) {
            return new OrganizationForm();
        }
        String slug = organizations.getById(recordId).getSlug();
        return OrganizationForm.from(organizations.findWithParentBySlug(slug)
                .orElseThrow(() -> new OrganizationNotFoundException(slug)));
    }

    @Override
    public String apply(OrganizationForm form, Long recordId) {
        Organization saved = recordId == null
                ? organizations.create(new Organization(form.getSlug().strip(),
                        Bilingual.of(form.getNameKo(), form.getNameEn()), form.getKind()), form)
                : organizations.update(recordId, form.expectedVersion(), form);
        return "/organizations/" + saved.getSlug();
    }

    @Override
    public String label(OrganizationForm form) {
        return Bilingual.of(form.getNameKo(), form.getNameEn()).in(LocaleContextHolder.getLocale());
    }

    @Override
    public String editPath(Long recordId, OrganizationForm form) {
        return recordId == null ? "/admin/organizations/new"
                : "/admin/organizations/" + organizations.getById(recordId).getSlug() + "/edit";
    }
}
