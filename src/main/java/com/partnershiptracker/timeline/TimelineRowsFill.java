package com.partnershiptracker.timeline;

import com.partnershiptracker.shared.FactKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The statements that fill the timeline's indexed copy from the views, read from timeline_rows.sql
 * beside this class: the only place they are written. The app runs them for the facts a flush
 * changed (TimelineRows), Flyway for every fact when the file changes, and bench/generate.sql and
 * the tests for every fact too.
 */
public final class TimelineRowsFill {

    private static final String FACTS = ":facts";
    private static final String TEXT = read("timeline_rows.sql");
    private static final List<String> STATEMENTS = statements(TEXT);

    private TimelineRowsFill() {
    }

    /** The statements that write every fact's rows again, to run in order in one transaction. */
    public static List<String> forEveryFact() {
        return choosing("true");
    }

    /**
     * The statements that write the rows of the given number of facts of one kind again, each with
     * that many parameters for their ids.
     */
    static List<String> forFacts(FactKind kind, int ids) {
        // The kind is written into the statement, not bound, so that PostgreSQL plans away the other branches of the views.
        return choosing("fact_kind = '" + kind.name() + "' and fact_id in (" + String.join(", ", Collections.nCopies(ids, "?")) + ")");
    }

    /** The definition's text, comments included: Flyway's checksum of the repeatable refill. */
    public static String definition() {
        return TEXT;
    }

    private static List<String> choosing(String facts) {
        return STATEMENTS.stream().map(statement -> statement.replace(FACTS, facts)).toList();
    }

    private static List<String> statements(String text) {
        String code = text.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (all, line) -> all + line + "\n");
        List<String> statements = Arrays.stream(code.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (statements.isEmpty() || statements.stream().anyMatch(statement -> !statement.contains(FACTS))) {
            throw new IllegalStateException("Every statement of timeline_rows.sql must choose its facts with " + FACTS);
        }
        return statements;
    }

    private static String read(String name) {
        try (InputStream in = TimelineRowsFill.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath beside " + TimelineRowsFill.class.getName());
            }
            // A checkout with Windows line ends must not change the checksum, nor so run the full fill again.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
