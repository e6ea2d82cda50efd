package com.partnershiptracker.person;

import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.ExternalIdentifier;
import com.partnershiptracker.shared.Slug;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.Cited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** An executive or other named individual. Reporters are source metadata, not people. */
@Entity
@Audited
@Table(name = "people")
public class Person extends BaseEntity implements Cited {

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(length = 200)
    private String nameKo;

    @Column(length = 200)
    private String nameEn;

    private Integer birthYear;

    @ElementCollection
    @CollectionTable(name = "person_aliases", joinColumns = @JoinColumn(name = "person_id",
            foreignKey = @ForeignKey(name = "fk_person_aliases_person")))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false, length = 200)
    private List<String> aliases = new ArrayList<>();

    @Column(unique = true, length = 20)
    private String wikidataId;

    @ElementCollection
    @CollectionTable(name = "person_citations", joinColumns = @JoinColumn(name = "person_id",
            foreignKey = @ForeignKey(name = "fk_person_citations_person")))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    protected Person() {
    }

    public Person(String slug, Bilingual name) {
        changeSlug(slug);
        rename(name);
    }

    public void changeSlug(String newSlug) {
        this.slug = Slug.require(newSlug);
    }

    public void rename(Bilingual name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A person needs a name in at least one language");
        }
        this.nameKo = name.ko();
        this.nameEn = name.en();
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

    public List<String> getAliases() {
        return Collections.unmodifiableList(aliases);
    }

    public void recordBirthYear(Integer year) {
        if (year != null && (year < 1850 || year > 2100)) {
            throw new IllegalArgumentException("A birth year lies between 1850 and 2100");
        }
        this.birthYear = year;
    }

    /**
     * Records the person's Wikidata item; null clears it.
     *
     * @throws IllegalArgumentException when it is not an item id in its canonical form (Q42)
     */
    public void identifyAsWikidataItem(String itemId) {
        if (itemId != null && !ExternalIdentifier.WIKIDATA.isCanonical(itemId)) {
            throw new IllegalArgumentException("Not a Wikidata item id: " + itemId);
        }
        this.wikidataId = itemId;
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

    public Integer getBirthYear() {
        return birthYear;
    }

    /** The person's identifiers in other registers, as a page shows them. */
    public List<ExternalIdentifier.Link> getIdentifierLinks() {
        return wikidataId == null ? List.of() : List.of(ExternalIdentifier.WIKIDATA.link(wikidataId));
    }

    /** The person's Wikidata item (Q42), or null. */
    public String getWikidataId() {
        return wikidataId;
    }
}
