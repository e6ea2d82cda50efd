package com.partnershiptracker.agreement;

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
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An agreement between two or more organizations: a signed MOU, a service tie-up, a verbal
 * pledge or an investment. Each of its four dates is partial, at the precision the sources give.
 */
@Entity
@Audited
@Table(name = "agreements")
public class Agreement extends BaseEntity implements Cited {

    public static final int MINIMUM_PARTIES = 2;

    @Column(length = 300)
    private String titleKo;

    @Column(length = 300)
    private String titleEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgreementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(length = 300)
    private String placeKo;

    @Column(length = 300)
    private String placeEn;

    @Column(length = 4000)
    private String summaryKo;

    @Column(length = 4000)
    private String summaryEn;

    @Embedded
    private PartialDate announced;

    @Embedded
    private PartialDate signed;

    @Embedded
    private PartialDate effective;

    @Embedded
    private PartialDate ended;

    @ElementCollection
    @CollectionTable(name = "agreement_parties", joinColumns = @JoinColumn(name = "agreement_id",
            foreignKey = @ForeignKey(name = "fk_agreement_parties_agreement")))
    @OrderColumn(name = "position")
    private List<AgreementParty> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_areas", joinColumns = @JoinColumn(name = "agreement_id",
            foreignKey = @ForeignKey(name = "fk_agreement_areas_agreement")))
    @OrderColumn(name = "position")
    private List<CooperationArea> areas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_attendees", joinColumns = @JoinColumn(name = "agreement_id",
            foreignKey = @ForeignKey(name = "fk_agreement_attendees_agreement")))
    @OrderColumn(name = "position")
    private List<AgreementAttendee> attendees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_citations", joinColumns = @JoinColumn(name = "agreement_id",
            foreignKey = @ForeignKey(name = "fk_agreement_citations_agreement")))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    protected Agreement() {
    }

    public Agreement(Bilingual title, AgreementKind kind, AgreementStatus status) {
        retitle(title);
        classify(kind, status);
    }

    public void retitle(Bilingual title) {
        if (title.isEmpty()) {
            throw new IllegalArgumentException("An agreement needs a title in at least one language");
        }
        this.titleKo = title.ko();
        this.titleEn = title.en();
    }

    public void classify(AgreementKind newKind, AgreementStatus newStatus) {
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.status = Objects.requireNonNull(newStatus, "status");
    }

    public void summarize(Bilingual summary) {
        this.summaryKo = summary.ko();
        this.summaryEn = summary.en();
    }

    public void placeAt(Bilingual place) {
        this.placeKo = place.ko();
        this.placeEn = place.en();
    }

    /** Adds a party; an organization is party to an agreement at most once. */
    public void addParty(Organization organization, PartyRole role) {
        if (isParty(organization)) {
            throw new IllegalArgumentException("Already a party: " + organization.getSlug());
        }
        parties.add(new AgreementParty(organization, role));
    }

    /** Replaces every party; an organization may appear once. */
    public void replaceParties(List<AgreementParty> newParties) {
        // The same parties again (an edit or an import row that leaves them) keep the rows and write no history.
        if (sameParties(newParties)) {
            return;
        }
        // A new list, not clear(): Hibernate then deletes every row before inserting, where it would
        // otherwise update rows in place and trip the unique (agreement, organization) on a swap.
        parties = new ArrayList<>();
        newParties.forEach(party -> addParty(party.getOrganization(), party.getRole()));
    }

    private boolean sameParties(List<AgreementParty> newParties) {
        if (newParties.size() != parties.size()) {
            return false;
        }
        for (int i = 0; i < parties.size(); i++) {
            AgreementParty now = parties.get(i);
            AgreementParty next = newParties.get(i);
            if (now.getRole() != next.getRole() || now.getOrganization().getId() == null
                    || !now.getOrganization().getId().equals(next.getOrganization().getId())) {
                return false;
            }
        }
        return true;
    }

    public void replaceAreas(List<Bilingual> labels) {
        areas.clear();
        labels.forEach(this::addArea);
    }

    public void replaceAttendees(List<AgreementAttendee> newAttendees) {
        attendees.clear();
        newAttendees.forEach(this::addAttendee);
    }

    /**
     * Sets all four dates at once, so that an edit can move signing and ending together.
     *
     * @throws IllegalArgumentException when it would end before it is signed
     */
    public void redate(PartialDate newAnnounced, PartialDate newSigned, PartialDate newEffective, PartialDate newEnded) {
        requireNotAfterEnd(newSigned, newEnded);
        this.announced = newAnnounced;
        this.signed = newSigned;
        this.effective = newEffective;
        this.ended = newEnded;
    }

    public boolean isParty(Organization organization) {
        return parties.stream().anyMatch(party -> party.getOrganization().equals(organization)
                || party.getOrganization() == organization);
    }

    public boolean hasEnoughParties() {
        return parties.size() >= MINIMUM_PARTIES;
    }

    public void addArea(Bilingual label) {
        areas.add(new CooperationArea(label));
    }

    public void addAttendee(AgreementAttendee attendee) {
        attendees.add(Objects.requireNonNull(attendee));
    }

    public void announceOn(PartialDate on) {
        this.announced = on;
    }

    /** Records the signing date. An agreement that has ended cannot be signed after its end. */
    public void signOn(PartialDate on) {
        requireNotAfterEnd(on, ended);
        this.signed = on;
    }

    public void takeEffectOn(PartialDate on) {
        this.effective = on;
    }

    /** Ends the agreement on a date that is not before it was signed. */
    public void endOn(PartialDate on) {
        requireNotAfterEnd(signed, on);
        this.ended = on;
    }

    /** The date the agreement is listed under: signed, else announced, else effective. */
    public PartialDate getKeyDate() {
        return signed != null ? signed : announced != null ? announced : effective;
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

    public AgreementKind getKind() {
        return kind;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public Bilingual getPlace() {
        return Bilingual.of(placeKo, placeEn);
    }

    public Bilingual getSummary() {
        return Bilingual.of(summaryKo, summaryEn);
    }

    public PartialDate getAnnounced() {
        return announced;
    }

    public PartialDate getSigned() {
        return signed;
    }

    public PartialDate getEffective() {
        return effective;
    }

    public PartialDate getEnded() {
        return ended;
    }

    public List<AgreementParty> getParties() {
        return Collections.unmodifiableList(parties);
    }

    public List<CooperationArea> getAreas() {
        return Collections.unmodifiableList(areas);
    }

    public List<AgreementAttendee> getAttendees() {
        return Collections.unmodifiableList(attendees);
    }

    private static void requireNotAfterEnd(PartialDate start, PartialDate end) {
        if (start != null && end != null && end.end().isBefore(start.start())) {
            throw new IllegalArgumentException("An agreement cannot end before it is signed");
        }
    }
}
