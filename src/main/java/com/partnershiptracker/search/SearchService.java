package com.partnershiptracker.search;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.shared.TextQuery;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds records whose names, titles, aliases or words contain the text, in Korean or English,
 * partial words included ("카카오" finds 카카오페이). One statement whatever the text
 * ({@link SearchStatement}): a union of case-insensitive substring matches, each branch limited.
 * On PostgreSQL indexes serve every branch: pg_trgm's for text with three letters in a row, V14's
 * short_grams for shorter words; H2 scans, which is fine for a local copy.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int PER_KIND = 20;

    /**
     * For this transaction only. pgjdbc prepares a statement on the server after five runs, and
     * PostgreSQL may then reuse one generic plan made without the text: it guesses how many rows
     * match and scans. A plan made for the text is better, but its guess still comes from a sample
     * of 100 values per column: a rare word that happens to be in the sample, or whose rows are the
     * newest, gets a scan that expects to stop early and reads the whole table (300 ms on the
     * initiatives at scale 100000). Every branch has indexes that stop at the n-th match, so the
     * search never needs a scan.
     */
    static final String PLAN_EVERY_SEARCH_FOR_ITS_TEXT_WITHOUT_SCANS = """
            select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_seqscan', 'off', true)""";

    private final JdbcClient jdbc;

    private final DataSource dataSource;

    private volatile Boolean postgres;

    SearchService(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Every kind of record matching the text, at most {@value #PER_KIND} of each; nothing for blank text. */
    public SearchResults search(String text) {
        String query = TextQuery.normalize(text);
        Map<SearchKind, List<SearchHit>> groups = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            groups.put(kind, new ArrayList<>());
        }
        if (query == null) {
            return new SearchResults("", groups);
        }
        String lowered = query.toLowerCase(Locale.ROOT);
        boolean onPostgres = onPostgres();
        Matching matching = Matching.of(lowered, onPostgres);
        if (onPostgres) {
            jdbc.sql(PLAN_EVERY_SEARCH_FOR_ITS_TEXT_WITHOUT_SCANS).query().listOfRows();
        }
        JdbcClient.StatementSpec statement = jdbc.sql(SearchStatement.sql(matching))
                .param("pattern", TextQuery.containsPattern(query)).param("n", PER_KIND);
        if (matching == Matching.SHORT_GRAMS) {
            statement = statement.param("lowered", lowered).param("grams", ShortGrams.of(lowered));
        }
        statement.query(rs -> {
            SearchKind kind = SearchKind.valueOf(rs.getString("kind"));
            groups.get(kind).add(new SearchHit(kind, Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                    rs.getString("matched"), RecordLink.of(rs.getString("link_kind"), rs.getString("link_key"))));
        });
        return new SearchResults(query, groups);
    }

    /** Asked on the first search, not at start-up, when the database may not be reachable yet. */
    private boolean onPostgres() {
        if (postgres == null) {
            try {
                postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException e) {
                throw new DataAccessResourceFailureException("Cannot tell which database the search runs on", e);
            }
        }
        return postgres;
    }
}
