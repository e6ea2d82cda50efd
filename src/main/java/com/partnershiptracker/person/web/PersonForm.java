package com.partnershiptracker.person.web;

import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FieldLabel;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonChange;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.ExternalIdentifier;
import com.partnershiptracker.websupport.ExternalIdentifierText;
import com.partnershiptracker.shared.Slug;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the person form edits. */
public class PersonForm extends EditForm implements PersonChange {

    @FieldLabel("form.slug") @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = "(" + Slug.PATTERN + ")?", message = "{validation.slug}") private String slug;
    @FieldLabel("form.nameKo") @Size(max = 200) private String nameKo;
    @FieldLabel("form.nameEn") @Size(max = 200) private String nameEn;
    @FieldLabel("form.birthYear") @Min(1850) @Max(2100) private Integer birthYear;
    @FieldLabel("identifier.wikidata") @Size(max = 200) @ExternalIdentifierText(ExternalIdentifier.WIKIDATA) private String wikidataId;
    @FieldLabel("form.aliases") private String aliases;

    public static PersonForm from(Person person) {
        PersonForm form = new PersonForm();
        form.slug = person.getSlug();
        form.nameKo = person.getName().ko();
        form.nameEn = person.getName().en();
        form.birthYear = person.getBirthYear();
        form.wikidataId = person.getWikidataId();
        form.aliases = String.join("\n", person.getAliases());
        form.setVersion(person.getVersion());
        form.markOpened();
        return form;
    }

    @Override
    public Person newPerson() {
        return new Person(slug.strip(), name());
    }

    @Override
    public void applyTo(Person person) {
        person.changeSlug(slug.strip());
        person.rename(name());
        person.recordBirthYear(birthYear);
        person.identifyAsWikidataItem(wikidataItem());
        person.replaceAliases(aliasList());
    }

    java.util.List<String> aliasList() {
        return aliases == null ? java.util.List.of() : java.util.Arrays.stream(aliases.split("\\R")).map(String::strip)
                .filter(alias -> !alias.isEmpty()).map(alias -> alias.length() > 200 ? alias.substring(0, 200) : alias)
                .distinct().toList();
    }

    @AssertTrue(message = "{validation.nameRequired}")
    public boolean isNamed() {
        return !name().isEmpty();
    }

    /** The Wikidata item as stored (Q42), read from what was typed or pasted; null when blank. */
    public String wikidataItem() {
        return ExternalIdentifier.WIKIDATA.normalize(wikidataId).orElse(null);
    }

    private Bilingual name() {
        return Bilingual.of(nameKo, nameEn);
    }

    /** A left-blank key becomes one proposed from the names, numbered when {@code taken} says it is in use. */
    public void proposeSlugIfBlank(java.util.function.Predicate<String> taken) {
        if (slug == null || slug.isBlank()) {
            String proposal = Slug.propose(nameEn, nameKo);
            slug = proposal.isEmpty() ? "" : Slug.unique(proposal, taken);
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getNameKo() { return nameKo; }
    public void setNameKo(String nameKo) { this.nameKo = nameKo; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public String getAliases() { return aliases; }
    public void setAliases(String aliases) { this.aliases = aliases; }
    public String getWikidataId() { return wikidataId; }
    public void setWikidataId(String wikidataId) { this.wikidataId = wikidataId; }
}
