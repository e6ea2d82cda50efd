package com.partnershiptracker.organization.web;

import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.web.PartialDateInput;
import com.partnershiptracker.shared.web.PartialDateText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the relation form edits: "subject KIND object", with details and dates. */
public class RelationForm {

    @NotBlank @Size(max = ReferenceText.MAX_LENGTH) private String subject;
    @NotNull private RelationKind kind;
    @NotBlank @Size(max = ReferenceText.MAX_LENGTH) private String object;
    @Size(max = 1000) private String detailKo;
    @Size(max = 1000) private String detailEn;
    @Size(max = 10) @PartialDateText private String started;
    private boolean startedInferred;
    @Size(max = PartialDate.NOTE_MAX_LENGTH) private String startedNote;
    @Size(max = 10) @PartialDateText private String ended;
    private boolean endedInferred;
    @Size(max = PartialDate.NOTE_MAX_LENGTH) private String endedNote;
    private Long version;

    public static RelationForm from(OrganizationRelation relation) {
        RelationForm form = new RelationForm();
        form.subject = ReferenceText.ofSlug(relation.getSubject().getName(), relation.getSubject().getSlug());
        form.kind = relation.getKind();
        form.object = ReferenceText.ofSlug(relation.getObject().getName(), relation.getObject().getSlug());
        form.detailKo = relation.getDetail().ko();
        form.detailEn = relation.getDetail().en();
        form.started = PartialDateInput.text(relation.getStarted());
        form.startedInferred = relation.getStarted() != null && relation.getStarted().isInferred();
        form.startedNote = relation.getStarted() == null ? null : relation.getStarted().note();
        form.ended = PartialDateInput.text(relation.getEnded());
        form.endedInferred = relation.getEnded() != null && relation.getEnded().isInferred();
        form.endedNote = relation.getEnded() == null ? null : relation.getEnded().note();
        form.version = relation.getVersion();
        return form;
    }

    public void applyTo(OrganizationRelation relation, Organization subjectOrganization, Organization objectOrganization) {
        relation.relink(subjectOrganization, kind, objectOrganization);
        relation.describe(Bilingual.of(detailKo, detailEn));
        relation.holdsDuring(PartialDateInput.toPartialDate(started, startedInferred, startedNote),
                PartialDateInput.toPartialDate(ended, endedInferred, endedNote));
    }

    @AssertTrue(message = "{validation.sameOrganization}")
    public boolean isBetweenTwoOrganizations() {
        return subject == null || object == null || !ReferenceText.keyOf(subject).equals(ReferenceText.keyOf(object));
    }

    @AssertTrue(message = "{validation.endBeforeStart}")
    public boolean isEndedAfterStarted() {
        if (!PartialDateInput.isValid(started) || !PartialDateInput.isValid(ended)
                || started == null || started.isBlank() || ended == null || ended.isBlank()) {
            return true;
        }
        return !PartialDate.parse(ended).end().isBefore(PartialDate.parse(started).start());
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public RelationKind getKind() { return kind; }
    public void setKind(RelationKind kind) { this.kind = kind; }
    public String getObject() { return object; }
    public void setObject(String object) { this.object = object; }
    public String getDetailKo() { return detailKo; }
    public void setDetailKo(String detailKo) { this.detailKo = detailKo; }
    public String getDetailEn() { return detailEn; }
    public void setDetailEn(String detailEn) { this.detailEn = detailEn; }
    public String getStarted() { return started; }
    public void setStarted(String started) { this.started = started; }
    public boolean isStartedInferred() { return startedInferred; }
    public void setStartedInferred(boolean startedInferred) { this.startedInferred = startedInferred; }
    public String getStartedNote() { return startedNote; }
    public void setStartedNote(String startedNote) { this.startedNote = startedNote; }
    public String getEnded() { return ended; }
    public void setEnded(String ended) { this.ended = ended; }
    public boolean isEndedInferred() { return endedInferred; }
    public void setEndedInferred(boolean endedInferred) { this.endedInferred = endedInferred; }
    public String getEndedNote() { return endedNote; }
    public void setEndedNote(String endedNote) { this.endedNote = endedNote; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
