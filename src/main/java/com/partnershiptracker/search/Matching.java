package com.partnershiptracker.search;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the search statement matches a table's columns against the text. */
enum Matching {

    /**
     * {@code lower(column) like :pattern}: on PostgreSQL the pg_trgm indexes on every searched column
     * (V7, V14) serve it; H2 scans.
     */
    LIKE {
        @Override
        String condition(List<String> columns) {
            return anyColumn(columns, column -> "lower(" + column + ") like :pattern escape '\\'");
        }
    },

    /**
     * For text without three letters in a row, on PostgreSQL only: the table's short_grams index
     * (V14) finds the rows holding every piece of the text, and strpos checks them. strpos, not LIKE,
     * so that the planner does not also read the trigram indexes, which cannot narrow such text.
     */
    SHORT_GRAMS {
        @Override
        String condition(List<String> columns) {
            return "short_grams(" + String.join(", ", columns) + ") @> cast(array[:grams] as text[]) and "
                    + anyColumn(columns, column -> "strpos(lower(" + column + "), :lowered) > 0");
        }
    };

    /**
     * The condition that some of a table's columns hold the text. The columns are unqualified and in
     * the order that V14's short_grams index on the table lists them: the planner uses the index only
     * for the same call.
     */
    abstract String condition(List<String> columns);

    static Matching of(String lowered, boolean postgres) {
        return postgres && !ShortGrams.hasTrigram(lowered) ? SHORT_GRAMS : LIKE;
    }

    private static String anyColumn(List<String> columns, Function<String, String> test) {
        return columns.stream().map(test).collect(Collectors.joining(" or ", "(", ")"));
    }
}
