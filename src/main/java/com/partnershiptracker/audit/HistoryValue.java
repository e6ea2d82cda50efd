package com.partnershiptracker.audit;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

import java.math.BigDecimal;
import java.util.List;

/**
 * A field's value in one revision, kept as what it is (a date, a choice, a record referred to) so that
 * the history page can show it in the reader's language, and compared as such to find what changed.
 */
public sealed interface HistoryValue {

    /** No value. */
    HistoryValue NONE = new Text("");

    default boolean isEmpty() {
        return equals(NONE);
    }

    /** Text, or a number or flag shown as it is. */
    record Text(String text) implements HistoryValue {
    }

    /** A number, shown with the grouping of the reader's language. */
    record Amount(BigDecimal amount) implements HistoryValue {
    }

    /** One of a fixed set of choices, shown by its label. */
    record Label(Enum<?> value) implements HistoryValue {
    }

    /** A date at its own precision, with whether it was inferred and its note. */
    record Date(PartialDate date) implements HistoryValue {
    }

    /** A text held in two languages, such as a cooperation area. */
    record Words(Bilingual words) implements HistoryValue {
    }

    /** Another record, shown by its name now, or as it was last stored when it has been deleted. */
    record Reference(RecordKey record) implements HistoryValue {
    }

    /** The parts of one value, such as a party: its organization and its role. */
    record Composite(List<HistoryValue> parts) implements HistoryValue {
    }

    /** A list, such as an agreement's parties. */
    record Items(List<HistoryValue> items) implements HistoryValue {
    }
}
