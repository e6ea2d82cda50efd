package com.partnershiptracker.organization;

import com.partnershiptracker.shared.Bilingual;

/** The slice of an organization that the group structure and the partner pickers need. */
public record OrganizationNode(long id, String slug, Long parentId, String nameKo, String nameEn, OrganizationKind kind,
                               OrganizationIdentifiers identifiers) {

    public OrganizationNode(long id, String slug, Long parentId) {
        this(id, slug, parentId, null, slug, OrganizationKind.OTHER);
    }

    public OrganizationNode(long id, String slug, Long parentId, String nameKo, String nameEn, OrganizationKind kind) {
        this(id, slug, parentId, nameKo, nameEn, kind, OrganizationIdentifiers.NONE);
    }

    /** The node as the group structure's query reads it, the identifiers column by column. */
    public OrganizationNode(long id, String slug, Long parentId, String nameKo, String nameEn, OrganizationKind kind,
                            String wikidataId, String lei, String krCorporateRegistrationNumber) {
        this(id, slug, parentId, nameKo, nameEn, kind, new OrganizationIdentifiers(wikidataId, lei, krCorporateRegistrationNumber));
    }

    public Bilingual name() {
        return Bilingual.of(nameKo, nameEn);
    }

    public OrganizationRef toRef() {
        return new OrganizationRef(id, slug, name(), kind);
    }
}
