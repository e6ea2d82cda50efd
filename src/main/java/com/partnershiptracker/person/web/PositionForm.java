package com.partnershiptracker.person.web;

import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.web.PartialDateInput;
import com.partnershiptracker.shared.web.PartialDateText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the position form edits: where, which title, and from when to when. */
public class PositionForm {

    @NotBlank @Size(max = ReferenceText.MAX_LENGTH) private String organization;
    @Size(max = 200) private String titleKo;
    @Size(max = 200) private String titleEn;
    @Size(max = 10) @PartialDateText private String started;
    private boolean startedInferred;
    @Size(max = PartialDate.NOTE_MAX_LENGTH) private String startedNote;
    @Size(max = 10) @PartialDateText private String ended;
    private boolean endedInferred;
    @Size(max = PartialDate.NOTE_MAX_LENGTH) private String endedNote;
    private Long version;

    public static PositionForm from(Position position) {
        PositionForm form = new PositionForm();
        form.organization = ReferenceText.ofSlug(position.getOrganization().getName(), position.getOrganization().getSlug());
        form.titleKo = position.getTitle().ko();
        form.titleEn = position.getTitle().en();
        form.started = PartialDateInput.text(position.getStarted());
        form.startedInferred = position.getStarted() != null && position.getStarted().isInferred();
        form.startedNote = position.getStarted() == null ? null : position.getStarted().note();
        form.ended = PartialDateInput.text(position.getEnded());
        form.endedInferred = position.getEnded() != null && position.getEnded().isInferred();
        form.endedNote = position.getEnded() == null ? null : position.getEnded().note();
        form.version = position.getVersion();
        return form;
    }

    public void applyTo(Position position, Organization at) {
        position.moveTo(at);
        position.retitle(Bilingual.of(titleKo, titleEn));
        position.heldDuring(PartialDateInput.toPartialDate(started, startedInferred, startedNote),
                PartialDateInput.toPartialDate(ended, endedInferred, endedNote));
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
        if (!PartialDateInput.isValid(started) || !PartialDateInput.isValid(ended)
                || started == null || started.isBlank() || ended == null || ended.isBlank()) {
            return true;
        }
        return !PartialDate.parse(ended).end().isBefore(PartialDate.parse(started).start());
    }

    public String getOrganization() { return organization; }
    public void setOrganization(String organization) { this.organization = organization; }
    public String getTitleKo() { return titleKo; }
    public void setTitleKo(String titleKo) { this.titleKo = titleKo; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
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
