package com.partnershiptracker.shared.web;

import com.partnershiptracker.shared.InvalidPartialDateException;
import com.partnershiptracker.shared.PartialDate;

/**
 * A partial date as a form enters it: one text field that takes 2020, 2020-07 or 2020-07-15 (the
 * precision follows the input), an inferred box and a note.
 */
public final class PartialDateInput {

    private PartialDateInput() {
    }

    public static boolean isValid(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            PartialDate.parse(text);
            return true;
        } catch (InvalidPartialDateException e) {
            return false;
        }
    }

    /** The date the three inputs describe, or null when the text is blank. */
    public static PartialDate toPartialDate(String text, boolean inferred, String note) {
        if (text == null || text.isBlank()) {
            return null;
        }
        PartialDate date = PartialDate.parse(text);
        return inferred ? date.inferred(note) : date.withNote(note);
    }

    public static String text(PartialDate date) {
        return date == null ? "" : date.toIsoString();
    }
}
