package com.partnershiptracker.statement;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.person.Person;
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

/**
 * Something said. The speaker is a person, an unnamed spokesperson of an organization (no
 * person), or a person speaking for an organization (both).
 */
@Entity
@Audited
@Table(name = "statements")
public class Statement extends BaseEntity implements Cited {

    public static final int GLOSS_MAX_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", foreignKey = @ForeignKey(name = "fk_statements_person"))
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", foreignKey = @ForeignKey(name = "fk_statements_organization"))
    private Organization organization;

    @Column(length = 2000)
    private String textKo;

    @Column(length = 2000)
    private String textEn;

    /** An editor's English gloss of a statement quoted in Korean, shown under the quote in English. */
    @Column(length = GLOSS_MAX_LENGTH)
    private String glossEn;

    @Column(length = 500)
    private String contextKo;

    @Column(length = 500)
    private String contextEn;

    @Embedded
    private PartialDate stated;

    @ElementCollection
    @CollectionTable(name = "statement_citations", joinColumns = @JoinColumn(name = "statement_id",
            foreignKey = @ForeignKey(name = "fk_statement_citations_statement")))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    protected Statement() {
    }

    private Statement(Person person, Organization organization, Bilingual text) {
        attributeTo(person, organization);
        reword(text);
    }

    public static Statement by(Person person, Organization speakingFor, Bilingual text) {
        return new Statement(Objects.requireNonNull(person, "person"), speakingFor, text);
    }

    public static Statement bySpokespersonOf(Organization organization, Bilingual text) {
        return new Statement(null, Objects.requireNonNull(organization, "organization"), text);
    }

    public void attributeTo(Person newPerson, Organization newOrganization) {
        if (newPerson == null && newOrganization == null) {
            throw new IllegalArgumentException("A statement needs a speaker: a person, an organization or both");
        }
        this.person = newPerson;
        this.organization = newOrganization;
    }

    public void reword(Bilingual text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A statement needs its text in at least one language");
        }
        this.textKo = text.ko();
        this.textEn = text.en();
    }

    /** Glosses the Korean quote in English for English readers; blank removes the gloss. */
    public void glossInEnglish(String gloss) {
        this.glossEn = gloss == null || gloss.isBlank() ? null : gloss.strip();
    }

    /** The editor's English gloss of the Korean quote, or null. */
    public String getGlossEn() {
        return glossEn;
    }

    /** Where or on what occasion it was said, for example "at the group management council". */
    public void placeInContext(Bilingual context) {
        this.contextKo = context.ko();
        this.contextEn = context.en();
    }

    public void dateStated(PartialDate on) {
        this.stated = on;
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

    public boolean isBySpokesperson() {
        return person == null;
    }

    public Bilingual getText() {
        return Bilingual.of(textKo, textEn);
    }

    public Bilingual getContext() {
        return Bilingual.of(contextKo, contextEn);
    }

    public PartialDate getStated() {
        return stated;
    }
}
