package com.partnershiptracker.importing;

/** One column whose value an update changes, as the preview shows it: before → after. */
public record FieldChange(String column, String before, String after) {
}
