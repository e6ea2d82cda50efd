package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.PartialDate;

/** A partial date in JSON: {@code {"date": "2020-07", "precision": "MONTH", "inferred": false}}. */
public record PartialDateJson(String date, String precision, boolean inferred) {

    public static PartialDateJson of(PartialDate date) {
        return date == null ? null : new PartialDateJson(date.toIsoString(), date.precision().name(), date.isInferred());
    }
}
