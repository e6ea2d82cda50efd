package com.partnershiptracker.statement.web;

import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FieldLabel;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.PartialDateField;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementChange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** What the statement form edits: who said it (a person, an organization's spokesperson, or both), what and when. */
public class StatementForm extends EditForm implements StatementChange {

    @FieldLabel("form.person") @Size(max = ReferenceText.MAX_LENGTH) private String person;
    @FieldLabel("admin.statements.speakingFor") @Size(max = ReferenceText.MAX_LENGTH) private String organization;
    @FieldLabel("form.textKo") @Size(max = 2000) private String textKo;
    @FieldLabel("form.textEn") @Size(max = 2000) private String textEn;
    @FieldLabel("form.glossEn") @Size(max = Statement.GLOSS_MAX_LENGTH) private String glossEn;
    @FieldLabel("form.contextKo") @Size(max = 500) private String contextKo;
    @FieldLabel("form.contextEn") @Size(max = 500) private String contextEn;
    @FieldLabel("admin.statements.stated") @Valid private PartialDateField stated = new PartialDateField();

    public static StatementForm from(Statement statement) {
        StatementForm form = new StatementForm();
        form.person = statement.getPerson() == null ? null
                : ReferenceText.ofSlug(statement.getPerson().getName(), statement.getPerson().getSlug());
        form.organization = statement.getOrganization() == null ? null
                : ReferenceText.ofSlug(statement.getOrganization().getName(), statement.getOrganization().getSlug());
        form.textKo = statement.getText().ko();
        form.textEn = statement.getText().en();
        form.glossEn = statement.getGlossEn();
        form.contextKo = statement.getContext().ko();
        form.contextEn = statement.getContext().en();
        form.stated = PartialDateField.from(statement.getStated());
        form.setVersion(statement.getVersion());
        form.markOpened();
        return form;
    }

    @Override
    public Statement newStatement(Lookups lookups) {
        Person speaker = speaker(lookups);
        return speaker != null ? Statement.by(speaker, speakingFor(lookups), text())
                : Statement.bySpokespersonOf(speakingFor(lookups), text());
    }

    @Override
    public void applyTo(Statement statement, Lookups lookups) {
        statement.attributeTo(speaker(lookups), speakingFor(lookups));
        statement.reword(text());
        statement.glossInEnglish(glossEn);
        statement.placeInContext(Bilingual.of(contextKo, contextEn));
        statement.dateStated(stated.toPartialDate());
    }

    private Person speaker(Lookups lookups) {
        return ReferenceText.recordOf(person, lookups::person, "validation.unknownPerson");
    }

    private Organization speakingFor(Lookups lookups) {
        return ReferenceText.recordOf(organization, lookups::organization, "validation.unknownOrganization");
    }

    Bilingual text() {
        return Bilingual.of(textKo, textEn);
    }

    @AssertTrue(message = "{validation.textRequired}")
    public boolean isWorded() {
        return !text().isEmpty();
    }

    @AssertTrue(message = "{validation.speakerRequired}")
    public boolean isSpoken() {
        return !blank(person) || !blank(organization);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getOrganization() { return organization; }
    public void setOrganization(String organization) { this.organization = organization; }
    public String getTextKo() { return textKo; }
    public void setTextKo(String textKo) { this.textKo = textKo; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getGlossEn() { return glossEn; }
    public void setGlossEn(String glossEn) { this.glossEn = glossEn; }
    public String getContextKo() { return contextKo; }
    public void setContextKo(String contextKo) { this.contextKo = contextKo; }
    public String getContextEn() { return contextEn; }
    public void setContextEn(String contextEn) { this.contextEn = contextEn; }
    public PartialDateField getStated() { return stated; }
    public void setStated(PartialDateField stated) { this.stated = stated == null ? new PartialDateField() : stated; }
}
