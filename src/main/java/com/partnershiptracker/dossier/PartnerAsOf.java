package com.partnershiptracker.dossier;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PartialDate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the record says held for a partner and its affiliates on a day: the positions held then and
 * each measure's latest actual figure dated on or before it. {@code uncertain} marks what a month or
 * year holding the day (or no date) leaves open.
 */
public record PartnerAsOf(LocalDate day, List<HeldPosition> positions, List<FigureThen> figures) {

    /** At most this many of each are listed. */
    public static final int SHOWN = 50;

    public PartialDate dayAsDate() {
        return PartialDate.of(day, DatePrecision.DAY);
    }

    public record HeldPosition(String personSlug, Bilingual person, Bilingual title, Bilingual organization,
                               PartialDate started, boolean uncertain) {
    }

    public record FigureThen(Bilingual measure, BigDecimal value, String unit, String rawText, PartialDate asOf,
                             boolean uncertain) {
    }
}
