package com.partnershiptracker.initiative.web;

import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FieldLabel;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeChange;
import com.partnershiptracker.initiative.InitiativeKind;
import com.partnershiptracker.initiative.InitiativeOrganization;
import com.partnershiptracker.initiative.InitiativeRole;
import com.partnershiptracker.initiative.InitiativeStatus;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.websupport.PartialDateField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** What the initiative form edits: titles, kind, status, the agreement it came from, organization rows and milestones. */
public class InitiativeForm extends EditForm implements InitiativeChange {

    @FieldLabel("form.titleKo") @Size(max = 300) private String titleKo;
    @FieldLabel("form.titleEn") @Size(max = 300) private String titleEn;
    @FieldLabel("form.descriptionKo") @Size(max = 4000) private String descriptionKo;
    @FieldLabel("form.descriptionEn") @Size(max = 4000) private String descriptionEn;
    @FieldLabel("initiative.kind") @NotNull private InitiativeKind kind;
    @FieldLabel("initiative.status") @NotNull private InitiativeStatus status;
    @FieldLabel("initiative.agreement") @Size(max = ReferenceText.MAX_LENGTH) private String agreement;
    @FieldLabel("initiative.organizations") @Size(max = 50) private List<@Valid Row> organizations = new ArrayList<>();
    @FieldLabel("milestone.initiativeAnnounced") @Valid private PartialDateField announced = new PartialDateField();
    @FieldLabel("milestone.initiativeStarted") @Valid private PartialDateField started = new PartialDateField();
    @FieldLabel("milestone.initiativeLaunched") @Valid private PartialDateField launched = new PartialDateField();
    @FieldLabel("milestone.initiativeEnded") @Valid private PartialDateField ended = new PartialDateField();

    public static InitiativeForm from(Initiative initiative) {
        InitiativeForm form = new InitiativeForm();
        form.titleKo = initiative.getTitle().ko();
        form.titleEn = initiative.getTitle().en();
        form.descriptionKo = initiative.getDescription().ko();
        form.descriptionEn = initiative.getDescription().en();
        form.kind = initiative.getKind();
        form.status = initiative.getStatus();
        form.agreement = initiative.getAgreement() == null ? null
                : ReferenceText.ofId(initiative.getAgreement().getTitle(), initiative.getAgreement().getId());
        initiative.getOrganizations().forEach(io -> form.organizations.add(
                new Row(ReferenceText.ofSlug(io.getOrganization().getName(), io.getOrganization().getSlug()), io.getRole())));
        form.announced = PartialDateField.from(initiative.getAnnounced());
        form.started = PartialDateField.from(initiative.getStarted());
        form.launched = PartialDateField.from(initiative.getLaunched());
        form.ended = PartialDateField.from(initiative.getEnded());
        form.setVersion(initiative.getVersion());
        form.markOpened();
        return form;
    }

    public InitiativeForm withBlankRows() {
        organizations.add(new Row(null, InitiativeRole.PARTNER));
        organizations.add(new Row(null, InitiativeRole.PARTNER));
        return this;
    }

    /** One more empty row in the named list, for an editor adding rows without JavaScript. */
    public void addBlankRow(String list) {
        if ("organizations".equals(list)) {
            organizations.add(new Row(null, InitiativeRole.PARTNER));
        }
    }

    @Override
    public Initiative newInitiative() {
        return new Initiative(Bilingual.of(titleKo, titleEn), kind, status);
    }

    @Override
    public void applyTo(Initiative initiative, Lookups lookups) {
        initiative.retitle(Bilingual.of(titleKo, titleEn));
        initiative.describe(Bilingual.of(descriptionKo, descriptionEn));
        initiative.classify(kind, status);
        initiative.stemFrom(ReferenceText.recordOf(agreement,
                key -> ReferenceText.idOf(key).flatMap(lookups::agreement), "validation.unknownAgreement"));
        initiative.replaceOrganizations(filledRows().stream()
                .map(row -> new InitiativeOrganization(
                        ReferenceText.recordOf(row.getOrganization(), lookups::organization, "validation.unknownOrganization"),
                        row.getRole() == null ? InitiativeRole.PARTNER : row.getRole()))
                .toList());
        initiative.redate(announced.toPartialDate(),
                started.toPartialDate(),
                launched.toPartialDate(),
                ended.toPartialDate());
    }

    List<Row> filledRows() {
        return organizations.stream().filter(row -> row != null && row.getOrganization() != null
                && !row.getOrganization().isBlank()).toList();
    }

    @AssertTrue(message = "{validation.titleRequired}")
    public boolean isTitled() {
        return !Bilingual.of(titleKo, titleEn).isEmpty();
    }

    @AssertTrue(message = "{validation.duplicateOrganization}")
    public boolean isEachOrganizationOnce() {
        return filledRows().stream().map(row -> ReferenceText.keyOf(row.getOrganization())).distinct().count() == filledRows().size();
    }

    @AssertTrue(message = "{validation.endBeforeStart}")
    public boolean isEndedAfterStarted() {
        return PartialDateField.inOrder(started, ended);
    }

    /** One organization involved, and how. */
    public static class Row {
        @Size(max = ReferenceText.MAX_LENGTH) private String organization;
        private InitiativeRole role;

        public Row() {
        }

        Row(String organization, InitiativeRole role) {
            this.organization = organization;
            this.role = role;
        }

        public String getOrganization() { return organization; }
        public void setOrganization(String organization) { this.organization = organization; }
        public InitiativeRole getRole() { return role; }
        public void setRole(InitiativeRole role) { this.role = role; }
    }

    public String getTitleKo() { return titleKo; }
    public void setTitleKo(String titleKo) { this.titleKo = titleKo; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionKo() { return descriptionKo; }
    public void setDescriptionKo(String descriptionKo) { this.descriptionKo = descriptionKo; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public InitiativeKind getKind() { return kind; }
    public void setKind(InitiativeKind kind) { this.kind = kind; }
    public InitiativeStatus getStatus() { return status; }
    public void setStatus(InitiativeStatus status) { this.status = status; }
    public String getAgreement() { return agreement; }
    public void setAgreement(String agreement) { this.agreement = agreement; }
    public List<Row> getOrganizations() { return organizations; }
    public void setOrganizations(List<Row> organizations) { this.organizations = organizations == null ? new ArrayList<>() : organizations; }
    public PartialDateField getAnnounced() { return announced; }
    public void setAnnounced(PartialDateField announced) { this.announced = announced == null ? new PartialDateField() : announced; }
    public PartialDateField getStarted() { return started; }
    public void setStarted(PartialDateField started) { this.started = started == null ? new PartialDateField() : started; }
    public PartialDateField getLaunched() { return launched; }
    public void setLaunched(PartialDateField launched) { this.launched = launched == null ? new PartialDateField() : launched; }
    public PartialDateField getEnded() { return ended; }
    public void setEnded(PartialDateField ended) { this.ended = ended == null ? new PartialDateField() : ended; }
}
