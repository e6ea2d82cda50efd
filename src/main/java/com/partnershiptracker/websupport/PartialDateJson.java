package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.PartialDate;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A partial date in JSON: {@code {"date": "2020-07", "precision": "MONTH", "inferred": false}}, with
 * how it was worked out or any remark, in English ({@code note}) and in Korean ({@code noteKo}).
 */
@Schema(description = "A date known to the day, the month or the year")
public record PartialDateJson(
        @Schema(description = "The date as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD", example = "2020-07")
        String date,
        @Schema(description = "How precise the date is", allowableValues = {"YEAR", "MONTH", "DAY"}, example = "MONTH")
        String precision,
        @Schema(description = "True when the date was worked out rather than stated by a source", example = "false")
        boolean inferred,
        @Schema(nullable = true, description = "How the date was worked out, or a remark on it, in English; null when none")
        String note,
        @Schema(nullable = true, description = "The same note in Korean; null when none")
        String noteKo) {

    /** A date with no note. */
    public PartialDateJson(String date, String precision, boolean inferred) {
        this(date, precision, inferred, null, null);
    }

    public static PartialDateJson of(PartialDate date) {
        return date == null ? null : new PartialDateJson(date.toIsoString(), date.precision().name(), date.isInferred(),
                date.note(), date.noteKo());
    }
}
