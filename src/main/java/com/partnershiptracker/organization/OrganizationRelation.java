package com.partnershiptracker.organization;

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

/** "Subject KIND object", for example "Woori Bank MAJOR_SHAREHOLDER_OF K Bank", with its dates and sources. */
@Entity
@Audited
@Table(name = "organization_relations")
public class OrganizationRelation extends BaseEntity implements Cited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", foreignKey = @ForeignKey(name = "fk_organization_relations_subject"))
    private Organization subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "object_id", foreignKey = @ForeignKey(name = "fk_organization_relations_object"))
    private Organization object;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RelationKind kind;

    @Column(length = 1000)
    private String detailKo;

    @Column(length = 1000)
    private String detailEn;

    @Embedded
    private PartialDate started;

    @Embedded
    private PartialDate ended;

    @ElementCollection
    @CollectionTable(name = "organization_relation_citations", joinColumns = @JoinColumn(name = "organization_relation_id",
            foreignKey = @ForeignKey(name = "fk_organization_relation_citations_organization_relation")))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    protected OrganizationRelation() {
    }

    public OrganizationRelation(Organization subject, RelationKind kind, Organization object) {
        relink(subject, kind, object);
    }

    public void relink(Organization newSubject, RelationKind newKind, Organization newObject) {
        if (Objects.requireNonNull(newSubject, "subject").equals(Objects.requireNonNull(newObject, "object"))
                || newSubject == newObject) {
            throw new IllegalArgumentException("A relation links two different organizations");
        }
        this.subject = newSubject;
        this.object = newObject;
        this.kind = Objects.requireNonNull(newKind, "kind");
    }

    public void describe(Bilingual detail) {
        this.detailKo = detail.ko();
        this.detailEn = detail.en();
    }

    /** Sets when the relation held; an end before the start is refused. */
    public void holdsDuring(PartialDate from, PartialDate to) {
        if (from != null && to != null && to.end().isBefore(from.start())) {
            throw new IllegalArgumentException("A relation cannot end before it starts");
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

    public Organization getSubject() {
        return subject;
    }

    public Organization getObject() {
        return object;
    }

    public RelationKind getKind() {
        return kind;
    }

    public Bilingual getDetail() {
        return Bilingual.of(detailKo, detailEn);
    }

    public PartialDate getStarted() {
        return started;
    }

    public PartialDate getEnded() {
        return ended;
    }
}
