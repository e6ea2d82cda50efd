package com.partnershiptracker.shared;

import java.math.BigDecimal;

/** A number in its unit ("people", "KRW"), as recorded; the pages format it in the reader's language. */
public record Figure(BigDecimal value, String unit) {

    /** The figure, or null when there is no value. */
    public static Figure of(BigDecimal value, String unit) {
        return value == null ? null : new Figure(value, unit);
    }
}
