package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.PartialDate;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A partial date in JSON: {@code {"date": "2020-07", "precision": "MONTH", "inferred": false}}, with
 * how it was worked out or any remark, in English ({@code note}) and in Korean ({@code noteKo}).
 */
public record PartialDateJson(String date, String precision, boolean inferred,
                              @Schema(types = {"string", "null"}, description = "How the date was worked out, or a remark on it, in English; null when none")
                              String note,
                              @Schema(types = {"string", "null"}, description = "The same note in Korean; null when none")
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
