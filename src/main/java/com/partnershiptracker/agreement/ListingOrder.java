package com.partnershiptracker.agreement;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order of the agreement list as an ORDER BY clause, and its exact reverse. Every term names
 * where its nulls go, so the reverse is exact and both match the indexes of V15 (read backwards
 * for the reverse).
 */
record ListingOrder(List<Term> terms) {

    static ListingOrder of(AgreementSort sort, Locale locale) {
        boolean korean = locale != null && "ko".equals(locale.getLanguage());
        String title = korean ? "coalesce(l.title_ko, l.title_en)" : "coalesce(l.title_en, l.title_ko)";
        return new ListingOrder(switch (sort) {
            case NEWEST -> List.of(new Term("l.key_date", true, false), new Term("l.precision_rank", true, true),
                    new Term("l.id", true, true));
            case OLDEST -> List.of(new Term("l.key_date", false, false), new Term("l.precision_rank", false, false),
                    new Term("l.id", false, false));
            case TITLE -> List.of(new Term(title, false, false), new Term("l.id", false, false));
        });
    }

    String forward() {
        return terms.stream().map(Term::sql).collect(Collectors.joining(", ", " order by ", ""));
    }

    String reversed() {
        return terms.stream().map(Term::reversed).map(Term::sql).collect(Collectors.joining(", ", " order by ", ""));
    }

    record Term(String expression, boolean descending, boolean nullsFirst) {

        Term reversed() {
            return new Term(expression, !descending, !nullsFirst);
        }

        String sql() {
            return expression + (descending ? " desc" : " asc") + (nullsFirst ? " nulls first" : " nulls last");
        }
    }
}
