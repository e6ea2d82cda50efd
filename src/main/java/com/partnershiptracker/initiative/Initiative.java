package com.partnershiptracker.initiative;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
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

/**
 * A service, joint project, program, platform or reorganization. It may come from an agreement;
 * internal programs have none. Its milestones are partial dates.
 */
@Entity
@Audited
@Table(name = "initiatives")
public class Initiative extends BaseEntity implements Cited {

    @Column(length = 300)
    private String titleKo;

    @Column(length = 300)
    private String titleEn;

    @Column(length = 4000)
    private String descriptionKo;

    @Column(length = 4000)
    private String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id", foreignKey = @ForeignKey(name = "fk_initiatives_agreement"))
    private Agreement agreement;

    @Embedded
    private PartialDate announced;

    @Embedded
    private PartialDate started;

    @Embedded
    private PartialDate launched;

    @Embedded
    private PartialDate ended;

    @ElementCollection
    @CollectionTable(name = "initiative_organizations", joinColumns = @JoinColumn(name = "initiative_id",
            foreignKey = @ForeignKey(name = "fk_initiative_organizations_initiative")))
    @OrderColumn(name = "position")
    private List<InitiativeOrganization> organizations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiative_citations", joinColumns = @JoinColumn(name = "initiative_id",
            foreignKey = @ForeignKey(name = "fk_initiative_citations_initiative")))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    protected Initiative() {
    }

    public Initiative(Bilingual title, InitiativeKind kind, InitiativeStatus status) {
        retitle(title);
        classify(kind, status);
    }

    public void retitle(Bilingual title) {
        if (title.isEmpty()) {
            throw new IllegalArgumentException("An initiative needs a title in at least one language");
        }
        this.titleKo = title.ko();
        this.titleEn = title.en();
    }

    public void describe(Bilingual description) {
        this.descriptionKo = description.ko();
        this.descriptionEn = description.en();
    }

    public void classify(InitiativeKind newKind, InitiativeStatus newStatus) {
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.status = Objects.requireNonNull(newStatus, "status");
    }

    /** Records the agreement this initiative came from; null for an internal program. */
    public void stemFrom(Agreement origin) {
        this.agreement = origin;
    }

    public void involve(Organization organization, InitiativeRole role) {
        boolean already = organizations.stream().anyMatch(o -> o.getOrganization().equals(organization)
                || o.getOrganization() == organization);
        if (already) {
            throw new IllegalArgumentException("Already involved: " + organization.getSlug());
        }
        organizations.add(new InitiativeOrganization(organization, role));
    }

    /** Replaces every involved organization. */
    public void replaceOrganizations(List<InitiativeOrganization> involved) {
        // A new list, not clear(): see Agreement.replaceParties (unique initiative and organization).
        organizations = new ArrayList<>();
        involved.forEach(io -> involve(io.getOrganization(), io.getRole()));
    }

    /**
     * Sets all four milestones at once.
     *
     * @throws IllegalArgumentException when it would end before it starts
     */
    public void redate(PartialDate newAnnounced, PartialDate newStarted, PartialDate newLaunched, PartialDate newEnded) {
        requireOrdered(newStarted, newEnded);
        this.announced = newAnnounced;
        this.started = newStarted;
        this.launched = newLaunched;
        this.ended = newEnded;
    }

    public void announceOn(PartialDate on) {
        this.announced = on;
    }

    public void startOn(PartialDate on) {
        requireOrdered(on, ended);
        this.started = on;
    }

    public void launchOn(PartialDate on) {
        this.launched = on;
    }

    public void endOn(PartialDate on) {
        requireOrdered(started, on);
        this.ended = on;
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

    public Bilingual getTitle() {
        return Bilingual.of(titleKo, titleEn);
    }

    public Bilingual getDescription() {
        return Bilingual.of(descriptionKo, descriptionEn);
    }

    public InitiativeKind getKind() {
        return kind;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public PartialDate getAnnounced() {
        return announced;
    }

    public PartialDate getStarted() {
        return started;
    }

    public PartialDate getLaunched() {
        return launched;
    }

    public PartialDate getEnded() {
        return ended;
    }

    public List<InitiativeOrganization> getOrganizations() {
        return Collections.unmodifiableList(organizations);
    }

    private static void requireOrdered(PartialDate start, PartialDate end) {
        if (start != null && end != null && end.end().isBefore(start.start())) {
            throw new IllegalArgumentException("An initiative cannot end before it starts");
        }
    }
}
