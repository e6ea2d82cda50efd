package com.partnershiptracker.person;

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

/** A person's title at an organization, from one partial date to another. */
@Entity
@Audited
@Table(name = "positions")
public class Position extends BaseEntity implements Cited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", foreignKey = @ForeignKey(name = "fk_positions_person"))
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", foreignKey = @ForeignKey(name = "fk_positions_organization"))
    private Organization organization;

    @Column(length = 200)
    private String titleKo;

    @Column(length = 200)
    private String titleEn;

    @Embedded
    private PartialDate started;

    @Embedded
    private PartialDate ended;

    @ElementCollection
    @CollectionTable(name = "position_citations", joinColumns = @JoinColumn(name = "position_id",
            foreignKey = @ForeignKey(name = "fk_position_citations_position")))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    protected Position() {
    }

    public Position(Person person, Organization organization, Bilingual title) {
        this.person = Objects.requireNonNull(person, "person");
        moveTo(organization);
        retitle(title);
    }

    public void assignTo(Person newPerson) {
        this.person = Objects.requireNonNull(newPerson, "person");
    }

    public void moveTo(Organization newOrganization) {
        this.organization = Objects.requireNonNull(newOrganization, "organization");
    }

    public void retitle(Bilingual title) {
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A position needs a title in at least one language");
        }
        this.titleKo = title.ko();
        this.titleEn = title.en();
    }

    /** Sets when the position was held; either end may be unknown. An end before the start is refused. */
    public void heldDuring(PartialDate from, PartialDate to) {
        if (from != null && to != null && to.end().isBefore(from.start())) {
            throw new IllegalArgumentException("A position cannot end before it starts");
        }
        this.started = from;
        this.ended = to;
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

    public Person getPerson() {
        return person;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Bilingual getTitle() {
        return Bilingual.of(titleKo, titleEn);
    }

    public PartialDate getStarted() {
        return started;
    }

    public PartialDate getEnded() {
        return ended;
    }
}
