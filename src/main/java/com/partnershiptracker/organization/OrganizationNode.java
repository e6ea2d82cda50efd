package com.partnershiptracker.organization;

import com.partnershiptracker.shared.Bilingual;

/** The slice of an organization that the group structure and the partner pickers need. */
public record OrganizationNode(long id, String slug, Long parentId, String nameKo, String nameEn, OrganizationKind kind) {

    public OrganizationNode(long id, String slug, Long parentId) {
        this(id, slug, parentId, null, slug, OrganizationKind.OTHER);
    }

    public Bilingual name() {
        return Bilingual.of(nameKo, nameEn);
    }

    public OrganizationRef toRef() {
        return new OrganizationRef(id, slug, name(), kind);
    }
}
