package com.partnershiptracker.organization;

import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.Slug;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.Cited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A company, group or internal unit. Its slug is its URL key. */
@Entity
@Audited
@Table(name = "organizations")
public class Organization extends BaseEntity implements Cited {

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(length = 200)
    private String nameKo;

    @Column(length = 200)
    private String nameEn;

    @ElementCollection
    @CollectionTable(name = "organization_aliases", joinColumns = @JoinColumn(name = "organization_id",
            foreignKey = @ForeignKey(name = "fk_organization_aliases_organization")))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 200)
    private List<String> aliases = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganizationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_organizations_parent"))
    private Organization parent;

    @Column(length = 500)
    private String website;

    @Column(length = 4000)
    private String descriptionKo;

    @Column(length = 4000)
    private String descriptionEn;

    @Embedded
    private PartialDate founded;

    @Embedded
    private PartialDate dissolved;

    @Column(unique = true, length = 20)
    private String wikidataId;

    @Column(unique = true, length = 20)
    private String lei;

    @Column(unique = true, length = 13)
    private String krCorporateRegistrationNumber;

    @ElementCollection
    @CollectionTable(name = "organization_citations", joinColumns = @JoinColumn(name = "organization_id",
            foreignKey = @ForeignKey(name = "fk_organization_citations_organization")))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    protected Organization() {
    }

    public Organization(String slug, Bilingual name, OrganizationKind kind) {
        changeSlug(slug);
        rename(name);
        reclassify(kind);
    }

    public void changeSlug(String newSlug) {
        this.slug = Slug.require(newSlug);
    }

    public void rename(Bilingual name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An organization needs a name in at least one language");
        }
        this.nameKo = name.ko();
        this.nameEn = name.en();
    }

    public void reclassify(OrganizationKind newKind) {
        this.kind = Objects.requireNonNull(newKind, "kind");
    }

    /**
     * Places this organization under a group or company; null makes it independent.
     *
     * @throws IllegalArgumentException when the new parent is this organization or sits below it
     */
    public void placeUnder(Organization newParent) {
        if (wouldSitUnderItself(newParent)) {
            throw new IllegalArgumentException("validation.parentCycle");
        }
        this.parent = newParent;
    }

    /**
     * Whether the organization, or one of its ancestors, is this one. The walk goes through
     * getters, never fields: an ancestor may be an unloaded proxy, whose own fields are empty. It
     * stops at an organization met twice, so a cycle already stored cannot make it loop forever.
     */
    boolean wouldSitUnderItself(Organization newParent) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Organization ancestor = newParent; ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor == this || (ancestor.getId() != null && ancestor.getId().equals(getId()))) {
                return true;
            }
            if (ancestor.getId() != null && !seen.add(ancestor.getId())) {
                return false;
            }
        }
        return false;
    }

    public void addAlias(String alias) {
        if (alias != null && !alias.isBlank() && !aliases.contains(alias.strip())) {
            aliases.add(alias.strip());
        }
    }

    public void replaceAliases(List<String> newAliases) {
        aliases.clear();
        newAliases.forEach(this::addAlias);
    }

    public void describe(Bilingual description) {
        this.descriptionKo = description.ko();
        this.descriptionEn = description.en();
    }

    public void linkWebsite(String url) {
        if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("A website must be an http or https URL");
        }
        this.website = url;
    }

    public void recordFounding(PartialDate on) {
        this.founded = on;
    }

    public void recordDissolution(PartialDate on) {
        this.dissolved = on;
    }

    /**
     * Records what other registers call the organization; {@link OrganizationIdentifiers#NONE} clears them.
     *
     * @throws IllegalArgumentException when one is not an identifier of its kind in its canonical form
     */
    public void identifyAs(OrganizationIdentifiers identifiers) {
        identifiers.requireCanonical();
        this.wikidataId = identifiers.wikidata();
        this.lei = identifiers.lei();
        this.krCorporateRegistrationNumber = identifiers.krCorporateRegistrationNumber();
    }

    @Override
    public void cite(Citation citation) {
        citations.add(Objects.requireNonNull(citation));
    }

    @Override
    public void uncite(int position) {
        citations.remove(position);
    }

    @Override
    public List<Citation> getCitations() {
        return Collections.unmodifiableList(citations);
    }

    public String getSlug() {
        return slug;
    }

    public Bilingual getName() {
        return Bilingual.of(nameKo, nameEn);
    }

    public List<String> getAliases() {
        return Collections.unmodifiableList(aliases);
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public Organization getParent() {
        return parent;
    }

    /** The parent's id, read without loading the parent (in an old version it may be a record deleted since). */
    public Long getParentId() {
        if (parent instanceof org.hibernate.proxy.HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return parent == null ? null : parent.getId();
    }

    public String getWebsite() {
        return website;
    }

    public Bilingual getDescription() {
        return Bilingual.of(descriptionKo, descriptionEn);
    }

    public PartialDate getFounded() {
        return founded;
    }

    public PartialDate getDissolved() {
        return dissolved;
    }

    public OrganizationIdentifiers getIdentifiers() {
        return new OrganizationIdentifiers(wikidataId, lei, krCorporateRegistrationNumber);
    }
}
