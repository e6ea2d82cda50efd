package com.partnershiptracker.organization.web;

import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FieldLabel;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationChange;
import com.partnershiptracker.organization.OrganizationIdentifiers;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.ExternalIdentifier;
import com.partnershiptracker.websupport.ExternalIdentifierText;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.Slug;
import com.partnershiptracker.websupport.PartialDateField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the organization form edits. Never an entity: ids, versions and links cannot be bound onto records. */
public class OrganizationForm extends EditForm implements OrganizationChange {

    @Size(max = Slug.MAX_LENGTH)
    @Pattern(regexp = "(" + Slug.PATTERN + ")?", message = "{validation.slug}")
    @FieldLabel("form.slug") private String slug;

    @Size(max = 200)
    @FieldLabel("form.nameKo") private String nameKo;

    @Size(max = 200)
    @FieldLabel("form.nameEn") private String nameEn;

    @Size(max = 2000)
    @FieldLabel("form.aliases") private String aliases;

    @NotNull
    @FieldLabel("organization.kind") private OrganizationKind kind;

    @Size(max = Slug.MAX_LENGTH)
    @FieldLabel("organization.parent") @Size(max = ReferenceText.MAX_LENGTH) private String parent;

    @Size(max = 500)
    @Pattern(regexp = "(https?://\\S+)?", message = "{validation.url}")
    @FieldLabel("organization.website") private String website;

    @Size(max = 200)
    @ExternalIdentifierText(ExternalIdentifier.WIKIDATA)
    @FieldLabel("identifier.wikidata") private String wikidataId;

    @Size(max = 200)
    @ExternalIdentifierText(ExternalIdentifier.LEI)
    @FieldLabel("identifier.lei") private String lei;

    @Size(max = 200)
    @ExternalIdentifierText(ExternalIdentifier.KR_CORPORATE_REGISTRATION_NUMBER)
    @FieldLabel("identifier.krCorporateRegistrationNumber") private String krCorporateRegistrationNumber;

    @Size(max = 4000)
    @FieldLabel("form.descriptionKo") private String descriptionKo;

    @Size(max = 4000)
    @FieldLabel("form.descriptionEn") private String descriptionEn;

    @Valid
    @FieldLabel("organization.founded") private PartialDateField founded = new PartialDateField();

    @Valid
    @FieldLabel("form.dissolved") private PartialDateField dissolved = new PartialDateField();


    public static OrganizationForm from(Organization organization) {
        OrganizationForm form = new OrganizationForm();
        form.slug = organization.getSlug();
        form.nameKo = organization.getName().ko();
        form.nameEn = organization.getName().en();
        form.aliases = String.join("\n", organization.getAliases());
        form.kind = organization.getKind();
        form.parent = organization.getParent() == null ? null
                : ReferenceText.ofSlug(organization.getParent().getName(), organization.getParent().getSlug());
        form.website = organization.getWebsite();
        OrganizationIdentifiers identifiers = organization.getIdentifiers();
        form.wikidataId = identifiers.wikidata();
        form.lei = identifiers.lei();
        form.krCorporateRegistrationNumber = identifiers.krCorporateRegistrationNumber() == null ? null
                : ExternalIdentifier.KR_CORPORATE_REGISTRATION_NUMBER.display(identifiers.krCorporateRegistrationNumber());
        form.descriptionKo = organization.getDescription().ko();
        form.descriptionEn = organization.getDescription().en();
        form.founded = PartialDateField.from(organization.getFounded());
        form.dissolved = PartialDateField.from(organization.getDissolved());
        form.setVersion(organization.getVersion());
        form.markOpened();
        return form;
    }

    /** Copies the form onto the organization, finding the parent by the key its (resolved) reference names. */
    @Override
    public void applyTo(Organization organization, Function<String, Optional<Organization>> bySlug) {
        Organization parentOrganization = parent == null || parent.isBlank() ? null
                : bySlug.apply(ReferenceText.keyOf(parent)).orElseThrow(() -> new IllegalArgumentException("validation.unknownParent"));
        organization.changeSlug(slug.strip());
        organization.rename(Bilingual.of(nameKo, nameEn));
        organization.reclassify(kind);
        organization.placeUnder(parentOrganization);
        organization.replaceAliases(aliasList());
        organization.linkWebsite(website == null || website.isBlank() ? null : website.strip());
        organization.identifyAs(identifiers());
        organization.describe(Bilingual.of(descriptionKo, descriptionEn));
        organization.recordFounding(founded.toPartialDate());
        organization.recordDissolution(dissolved.toPartialDate());
    }

    @AssertTrue(message = "{validation.nameRequired}")
    public boolean isNamed() {
        return !Bilingual.of(nameKo, nameEn).isEmpty();
    }

    @AssertTrue(message = "{validation.endBeforeStart}")
    public boolean isDissolvedAfterFounded() {
        return PartialDateField.inOrder(founded, dissolved);
    }

    /** The identifiers as they are stored, read from what was typed or pasted; blank ones are none. */
    public OrganizationIdentifiers identifiers() {
        return new OrganizationIdentifiers(ExternalIdentifier.WIKIDATA.normalize(wikidataId).orElse(null),
                ExternalIdentifier.LEI.normalize(lei).orElse(null),
                ExternalIdentifier.KR_CORPORATE_REGISTRATION_NUMBER.normalize(krCorporateRegistrationNumber).orElse(null));
    }

    /** The form field that holds identifiers of the kind. */
    static String fieldOf(ExternalIdentifier kind) {
        return switch (kind) {
            case WIKIDATA -> "wikidataId";
            case LEI -> "lei";
            case KR_CORPORATE_REGISTRATION_NUMBER -> "krCorporateRegistrationNumber";
        };
    }

    List<String> aliasList() {
        return aliases == null ? List.of() : Arrays.stream(aliases.split("\\R")).map(String::strip)
                .filter(alias -> !alias.isEmpty()).map(alias -> alias.length() > 200 ? alias.substring(0, 200) : alias)
                .distinct().toList();
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
    public String getAliases() { return aliases; }
    public void setAliases(String aliases) { this.aliases = aliases; }
    public OrganizationKind getKind() { return kind; }
    public void setKind(OrganizationKind kind) { this.kind = kind; }
    public String getParent() { return parent; }
    public void setParent(String parent) { this.parent = parent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getWikidataId() { return wikidataId; }
    public void setWikidataId(String wikidataId) { this.wikidataId = wikidataId; }
    public String getLei() { return lei; }
    public void setLei(String lei) { this.lei = lei; }
    public String getKrCorporateRegistrationNumber() { return krCorporateRegistrationNumber; }
    public void setKrCorporateRegistrationNumber(String number) { this.krCorporateRegistrationNumber = number; }
    public String getDescriptionKo() { return descriptionKo; }
    public void setDescriptionKo(String descriptionKo) { this.descriptionKo = descriptionKo; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public PartialDateField getFounded() { return founded; }
    public void setFounded(PartialDateField founded) { this.founded = founded == null ? new PartialDateField() : founded; }
    public PartialDateField getDissolved() { return dissolved; }
    public void setDissolved(PartialDateField dissolved) { this.dissolved = dissolved == null ? new PartialDateField() : dissolved; }
}
