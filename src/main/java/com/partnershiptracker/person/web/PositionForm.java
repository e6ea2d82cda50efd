package com.partnershiptracker.person.web;

import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FieldLabel;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.person.PositionChange;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.PartialDateField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the position form edits: where, which title, and from when to when. */
public class PositionForm extends EditForm implements PositionChange {

    /** The person's reference, kept with a draft of a new position; a direct save takes the person from its address. */
    @FieldLabel("form.person") @Size(max = ReferenceText.MAX_LENGTH) private String person;
    @FieldLabel("form.organization") @NotBlank @Size(max = ReferenceText.MAX_LENGTH) private String organization;
    @FieldLabel("form.titleKo") @Size(max = 200) private String titleKo;
    @FieldLabel("form.titleEn") @Size(max = 200) private String titleEn;
    @FieldLabel("milestone.initiativeStarted") @Valid private PartialDateField started = new PartialDateField();
    @FieldLabel("milestone.ended") @Valid private PartialDateField ended = new PartialDateField();

    public static PositionForm from(Position position) {
        PositionForm form = new PositionForm();
        form.person = ReferenceText.ofSlug(position.getPerson().getName(), position.getPerson().getSlug());
        form.organization = ReferenceText.ofSlug(position.getOrganization().getName(), position.getOrganization().getSlug());
        form.titleKo = position.getTitle().ko();
        form.titleEn = position.getTitle().en();
        form.started = PartialDateField.from(position.getStarted());
        form.ended = PartialDateField.from(position.getEnded());
        form.setVersion(position.getVersion());
        form.markOpened();
        return form;
    }

    @Override
    public Position newPosition(Person person, Lookups lookups) {
        return new Position(person, organization(lookups), title());
    }

    @Override
    public void applyTo(Position position, Lookups lookups) {
        position.moveTo(organization(lookups));
        position.retitle(Bilingual.of(titleKo, titleEn));
        position.heldDuring(started.toPartialDate(),
                ended.toPartialDate());
    }

    private Organization organization(Lookups lookups) {
        return ReferenceText.recordOf(organization, lookups::organization, "validation.unknownOrganization");
    }

    Bilingual title() {
        return Bilingual.of(titleKo, titleEn);
    }

    @AssertTrue(message = "{validation.titleRequired}")
    public boolean isTitled() {
        return !title().isEmpty();
    }

    @AssertTrue(message = "{validation.endBeforeStart}")
    public boolean isEndedAfterStarted() {
        return PartialDateField.inOrder(started, ended);
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getOrganization() { return organization; }
    public void setOrganization(String organization) { this.organization = organization; }
    public String getTitleKo() { return titleKo; }
    public void setTitleKo(String titleKo) { this.titleKo = titleKo; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public PartialDateField getStarted() { return started; }
    public void setStarted(PartialDateField started) { this.started = started == null ? new PartialDateField() : started; }
    public PartialDateField getEnded() { return ended; }
    public void setEnded(PartialDateField ended) { this.ended = ended == null ? new PartialDateField() : ended; }
}
