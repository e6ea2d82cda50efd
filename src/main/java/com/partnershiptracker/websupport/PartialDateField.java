package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.WrittenDate;
import jakarta.validation.constraints.Size;

/**
 * One partial date as a form edits it: the date as the editor writes it (2020, 2021.03.05,
 * 2021년 3월, March 5, 2021 …), whether it was inferred rather than printed, and how: the note in
 * English ({@code <field>.note}) and in Korean ({@code <field>.noteKo}).
 * Forms hold one per date with {@code @Valid}; templates bind it through {@code fragments/forms :: partialDate}.
 */
public class PartialDateField {

    @PartialDateText private String text;
    private boolean inferred;
    @Size(max = PartialDate.NOTE_MAX_LENGTH) private String note;
    @Size(max = PartialDate.NOTE_MAX_LENGTH) private String noteKo;

    public static PartialDateField from(PartialDate date) {
        PartialDateField field = new PartialDateField();
        if (date != null) {
            field.text = date.toIsoString();
            field.inferred = date.isInferred();
            field.note = date.note();
            field.noteKo = date.noteKo();
        }
        return field;
    }

    /** The date the editor wrote, with its flag and note, or null when no date was written. */
    public PartialDate toPartialDate() {
        if (isBlank()) {
            return null;
        }
        PartialDate date = WrittenDate.read(text);
        return (inferred ? date.inferred(note) : date.withNote(note)).withNotes(note, noteKo);
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }

    /** Whether the text names a date that other checks can compare (not blank, and readable). */
    public boolean isComparable() {
        return !isBlank() && WrittenDate.isReadable(text);
    }

    /** Whether the later date does not end before the earlier one starts; dates not both given pass. */
    public static boolean inOrder(PartialDateField earlier, PartialDateField later) {
        if (!earlier.isComparable() || !later.isComparable()) {
            return true;
        }
        // The dates alone: a note too long for a date is the note field's error, not this check's.
        return !WrittenDate.read(later.text).end().isBefore(WrittenDate.read(earlier.text).start());
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isInferred() { return inferred; }
    public void setInferred(boolean inferred) { this.inferred = inferred; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getNoteKo() { return noteKo; }
    public void setNoteKo(String noteKo) { this.noteKo = noteKo; }

    @Override
    public String toString() {
        if (isBlank()) {
            return "";
        }
        String shown = text.strip() + (inferred ? " (inferred" + (note == null || note.isBlank() ? ")" : ": " + note.strip() + ")") : "");
        return noteKo == null || noteKo.isBlank() ? shown : shown + " / " + noteKo.strip();
    }
}
