package com.partnershiptracker.agreement.web;

import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FieldLabel;
import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementAttendee;
import com.partnershiptracker.agreement.AgreementChange;
import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementParty;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.AttendeeRole;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.PartialDateField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** What the agreement form edits: fields, four partial dates, party rows, area lines and attendee rows. */
public class AgreementForm extends EditForm implements AgreementChange {

    static final int BLANK_ROWS = 2;

    @FieldLabel("form.titleKo") @Size(max = 300) private String titleKo;
    @FieldLabel("form.titleEn") @Size(max = 300) private String titleEn;
    @FieldLabel("agreement.kind") @NotNull private AgreementKind kind;
    @FieldLabel("agreement.status") @NotNull private AgreementStatus status;
    @FieldLabel("form.placeKo") @Size(max = 300) private String placeKo;
    @FieldLabel("form.placeEn") @Size(max = 300) private String placeEn;
    @FieldLabel("form.summaryKo") @Size(max = 4000) private String summaryKo;
    @FieldLabel("form.summaryEn") @Size(max = 4000) private String summaryEn;

    @FieldLabel("milestone.announced") @Valid private PartialDateField announced = new PartialDateField();
    @FieldLabel("milestone.signed") @Valid private PartialDateField signed = new PartialDateField();
    @FieldLabel("milestone.effective") @Valid private PartialDateField effective = new PartialDateField();
    @FieldLabel("milestone.ended") @Valid private PartialDateField ended = new PartialDateField();

    @FieldLabel("agreement.parties") @Size(max = 50) private List<@Valid PartyRow> parties = new ArrayList<>();
    @FieldLabel("agreement.areas") @Size(max = 50) private List<@Valid AreaRow> areas = new ArrayList<>();
    @FieldLabel("agreement.attendees") @Size(max = 50) private List<@Valid AttendeeRow> attendees = new ArrayList<>();

    public static AgreementForm from(AgreementDetails agreement) {
        AgreementForm form = new AgreementForm();
        form.titleKo = agreement.title().ko();
        form.titleEn = agreement.title().en();
        form.kind = agreement.kind();
        form.status = agreement.status();
        form.placeKo = agreement.place().ko();
        form.placeEn = agreement.place().en();
        form.summaryKo = agreement.summary().ko();
        form.summaryEn = agreement.summary().en();
        form.announced = PartialDateField.from(agreement.announced());
        form.signed = PartialDateField.from(agreement.signed());
        form.effective = PartialDateField.from(agreement.effective());
        form.ended = PartialDateField.from(agreement.ended());
        agreement.parties().forEach(p -> form.parties.add(new PartyRow(ReferenceText.ofSlug(p.name(), p.slug()), p.role())));
        agreement.areas().forEach(area -> form.areas.add(new AreaRow(area.ko(), area.en())));
        agreement.attendees().forEach(a -> form.attendees.add(new AttendeeRow(ReferenceText.ofSlug(a.name(), a.personSlug()),
                a.representing() == null ? null : ReferenceText.ofSlug(a.representing().name(), a.representing().slug()),
                a.role())));
        form.setVersion(agreement.version());
        form.markOpened();
        return form;
    }

    /** Adds empty rows so that parties and attendees can be added without JavaScript. */
    public AgreementForm withBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            parties.add(new PartyRow(null, PartyRole.PRINCIPAL));
            attendees.add(new AttendeeRow(null, null, AttendeeRole.ATTENDEE));
        }
        areas.add(new AreaRow(null, null));
        return this;
    }

    /** One more empty row in the named list, for an editor adding rows without JavaScript. */
    public void addBlankRow(String list) {
        switch (list) {
            case "parties" -> parties.add(new PartyRow(null, PartyRole.PRINCIPAL));
            case "attendees" -> attendees.add(new AttendeeRow(null, null, AttendeeRole.ATTENDEE));
            case "areas" -> areas.add(new AreaRow(null, null));
            default -> { }
        }
    }

    @Override
    public void applyTo(Agreement agreement, Lookups lookups) {
        agreement.retitle(Bilingual.of(titleKo, titleEn));
        agreement.classify(kind, status);
        agreement.placeAt(Bilingual.of(placeKo, placeEn));
        agreement.summarize(Bilingual.of(summaryKo, summaryEn));
        agreement.redate(announced.toPartialDate(),
                signed.toPartialDate(),
                effective.toPartialDate(),
                ended.toPartialDate());
        agreement.replaceParties(filledParties().stream()
                .map(row -> new AgreementParty(lookups.organization(ReferenceText.keyOf(row.organization()))
                        .orElseThrow(() -> new IllegalArgumentException("validation.unknownOrganization")),
                        row.role() == null ? PartyRole.PRINCIPAL : row.role()))
                .toList());
        agreement.replaceAreas(areaLabels());
        agreement.replaceAttendees(filledAttendees().stream()
                .map(row -> new AgreementAttendee(lookups.person(ReferenceText.keyOf(row.person()))
                        .orElseThrow(() -> new IllegalArgumentException("validation.unknownPerson")),
                        row.organization() == null || row.organization().isBlank() ? null
                                : lookups.organization(ReferenceText.keyOf(row.organization()))
                                .orElseThrow(() -> new IllegalArgumentException("validation.unknownOrganization")),
                        row.role() == null ? AttendeeRole.ATTENDEE : row.role()))
                .toList());
    }

    @AssertTrue(message = "{validation.titleRequired}")
    public boolean isTitled() {
        return !Bilingual.of(titleKo, titleEn).isEmpty();
    }

    @AssertTrue(message = "{validation.twoParties}")
    public boolean isBetweenTwoOrMoreParties() {
        long distinct = filledParties().stream().map(row -> ReferenceText.keyOf(row.organization())).distinct().count();
        return distinct >= Agreement.MINIMUM_PARTIES && filledParties().size() == distinct;
    }

    @AssertTrue(message = "{validation.endBeforeStart}")
    public boolean isEndedAfterSigned() {
        return PartialDateField.inOrder(signed, ended);
    }

    List<PartyRow> filledParties() {
        return parties.stream().filter(row -> row != null && !blank(row.organization())).toList();
    }

    List<AttendeeRow> filledAttendees() {
        return attendees.stream().filter(row -> row != null && !blank(row.person())).toList();
    }

    List<Bilingual> areaLabels() {
        return areas.stream().filter(row -> row != null).map(row -> Bilingual.of(row.getKo(), row.getEn()))
                .filter(label -> !label.isEmpty())
                .toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** One party row: a reference to an organization (a picker's text) and its role. */
    public static class PartyRow {
        @Size(max = ReferenceText.MAX_LENGTH) private String organization;
        private PartyRole role;

        public PartyRow() {
        }

        PartyRow(String organization, PartyRole role) {
            this.organization = organization;
            this.role = role;
        }

        public String organization() { return organization; }
        public PartyRole role() { return role; }
        public String getOrganization() { return organization; }
        public void setOrganization(String organization) { this.organization = organization; }
        public PartyRole getRole() { return role; }
        public void setRole(PartyRole role) { this.role = role; }
    }

    /** One area of cooperation, named in Korean, English or both. */
    public static class AreaRow {
        @Size(max = 200) private String ko;
        @Size(max = 200) private String en;

        public AreaRow() {
        }

        AreaRow(String ko, String en) {
            this.ko = ko;
            this.en = en;
        }

        public String getKo() { return ko; }
        public void setKo(String ko) { this.ko = ko; }
        public String getEn() { return en; }
        public void setEn(String en) { this.en = en; }
    }

    /** One attendee row: references to a person and to the organization they stood for, and their role. */
    public static class AttendeeRow {
        @Size(max = ReferenceText.MAX_LENGTH) private String person;
        @Size(max = ReferenceText.MAX_LENGTH) private String organization;
        private AttendeeRole role;

        public AttendeeRow() {
        }

        AttendeeRow(String person, String organization, AttendeeRole role) {
            this.person = person;
            this.organization = organization;
            this.role = role;
        }

        public String person() { return person; }
        public String organization() { return organization; }
        public AttendeeRole role() { return role; }
        public String getPerson() { return person; }
        public void setPerson(String person) { this.person = person; }
        public String getOrganization() { return organization; }
        public void setOrganization(String organization) { this.organization = organization; }
        public AttendeeRole getRole() { return role; }
        public void setRole(AttendeeRole role) { this.role = role; }
    }

    public String getTitleKo() { return titleKo; }
    public void setTitleKo(String titleKo) { this.titleKo = titleKo; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public AgreementKind getKind() { return kind; }
    public void setKind(AgreementKind kind) { this.kind = kind; }
    public AgreementStatus getStatus() { return status; }
    public void setStatus(AgreementStatus status) { this.status = status; }
    public String getPlaceKo() { return placeKo; }
    public void setPlaceKo(String placeKo) { this.placeKo = placeKo; }
    public String getPlaceEn() { return placeEn; }
    public void setPlaceEn(String placeEn) { this.placeEn = placeEn; }
    public String getSummaryKo() { return summaryKo; }
    public void setSummaryKo(String summaryKo) { this.summaryKo = summaryKo; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public PartialDateField getAnnounced() { return announced; }
    public void setAnnounced(PartialDateField announced) { this.announced = announced == null ? new PartialDateField() : announced; }
    public PartialDateField getSigned() { return signed; }
    public void setSigned(PartialDateField signed) { this.signed = signed == null ? new PartialDateField() : signed; }
    public PartialDateField getEffective() { return effective; }
    public void setEffective(PartialDateField effective) { this.effective = effective == null ? new PartialDateField() : effective; }
    public PartialDateField getEnded() { return ended; }
    public void setEnded(PartialDateField ended) { this.ended = ended == null ? new PartialDateField() : ended; }
    public List<PartyRow> getParties() { return parties; }
    public void setParties(List<PartyRow> parties) { this.parties = parties == null ? new ArrayList<>() : parties; }
    public List<AreaRow> getAreas() { return areas; }
    public void setAreas(List<AreaRow> areas) { this.areas = areas == null ? new ArrayList<>() : areas; }
    public List<AttendeeRow> getAttendees() { return attendees; }
    public void setAttendees(List<AttendeeRow> attendees) { this.attendees = attendees == null ? new ArrayList<>() : attendees; }
}
