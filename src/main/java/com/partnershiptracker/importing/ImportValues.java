package com.partnershiptracker.importing;

import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.InvalidPartialDateException;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.WrittenDate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How layouts read the values every kind of row shares: dates with precision, choices, yes/no and lists. */
public final class ImportValues {

    private ImportValues() {
    }

    /**
     * The partial date of {@code column}, in any form the editorial forms accept (2020, 2020-07, 2021.03.05,
     * 2021년 3월, March 5, 2021 …); a {@code precisionColumn} (year, month, day) coarsens it, an
     * {@code inferredColumn} marks it inferred and a {@code noteColumn} gives its note. Null when blank.
     *
     * @throws RowProblem when the date is unreadable, or the precision is unknown or finer than the date
     */
    public static PartialDate date(ImportRow row, String column, String precisionColumn, String inferredColumn, String noteColumn) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        PartialDate date;
        try {
            date = WrittenDate.read(text);
        } catch (InvalidPartialDateException unreadable) {
            throw RowProblem.in(column, "import.error.date", text);
        }
        String precisionText = precisionColumn == null ? null : row.get(precisionColumn);
        if (precisionText != null) {
            DatePrecision precision = choice(DatePrecision.class, precisionText, precisionColumn);
            if (precision.rank() > date.precision().rank()) {
                throw RowProblem.in(precisionColumn, "import.error.precisionFinerThanDate", precisionText, text);
            }
            date = PartialDate.of(date.start(), precision);
        }
        boolean inferred = inferredColumn != null && yes(row, inferredColumn);
        String note = noteColumn == null ? null : row.get(noteColumn);
        return inferred ? date.inferred(note) : note == null ? date : date.withNote(note);
    }

    /** One of the enum's constants, in any case, with '-' or a space for '_'; null when blank. */
    public static <E extends Enum<E>> E choice(Class<E> type, String text, String column) {
        if (text == null) {
            return null;
        }
        String name = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> RowProblem.in(column, "import.error.choice", text,
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList())));
    }

    /** Whether the cell says yes (yes, y, true, 1, o, 예); blank is no. */
    public static boolean yes(ImportRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "o", "예" -> true;
            case "no", "n", "false", "0", "x", "아니오" -> false;
            default -> throw RowProblem.in(column, "import.error.yesNo", value);
        };
    }

    /** The cell's items separated by ';' (or line breaks), stripped, blanks left out. */
    public static List<String> list(ImportRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[;\\r\\n]+")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** A date as the export writes it, for comparing and showing: 2020-07 (inferred: note). */
    public static String shown(PartialDate date) {
        if (date == null) {
            return "";
        }
        String shown = date.toIsoString();
        if (date.isInferred()) {
            shown += " (inferred" + (date.note() == null ? ")" : ": " + date.note() + ")");
        } else if (date.note() != null) {
            shown += " (" + date.note() + ")";
        }
        return shown;
    }

    /**
     * Checks that no cell of these columns is longer than its database column allows.
     *
     * @throws RowProblem naming the first column that is too long
     */
    public static void requireLengths(ImportRow row, Map<String, Integer> maxLengths) {
        maxLengths.forEach((column, max) -> {
            String value = row.get(column);
            if (value != null && value.length() > max) {
                throw RowProblem.in(column, "import.error.tooLong", max);
            }
        });
    }

    /** A value for comparing and showing: null as empty. */
    public static String text(String value) {
        return value == null ? "" : value;
    }
}
