package com.partnershiptracker.lookup;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.shared.TextQuery;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds records by what a person types. Every look-up is one bounded statement: at most
 * {@code limit} rows per tier (exact name, then prefix, then contains), each tier an index scan.
 */
@Service
@Transactional(readOnly = true)
public class Lookups {

    /** The most matches one look-up returns. */
    public static final int MAX_LIMIT = 20;
    /** The longest text looked up; longer text names nothing a picker offers. */
    public static final int MAX_TEXT_LENGTH = 100;
    /** Shorter text has no trigram to search by, so it is matched as a whole name or a prefix only. */
    static final int CONTAINS_MIN_LENGTH = 3;

    private static final String LIKE = "like :%s escape '\\'";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    Lookups(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Records whose name, alias or slug equals, starts with, or (for three characters or more)
     * contains the text, in any case, with {@code %} and {@code _} taken literally: whole-name
     * matches first, then names that start with the text, then slugs and aliases that do, then the
     * rest; at most {@code limit} ({@link #MAX_LIMIT} at most).
     */
    public List<LookupMatch> search(LookupKind kind, String text, int limit) {
        String normalized = normalized(text);
        if (normalized == null) {
            return List.of();
        }
        LookupShape shape = LookupShape.of(kind);
        List<String> tiers = new ArrayList<>();
        tiers.add(exactTier(kind, shape, normalized));
        tiers.add(shape.tier(1, LIKE.formatted("prefix"), LookupShape.Columns.NAMES));
        tiers.add(shape.tier(2, LIKE.formatted("prefix"), LookupShape.Columns.SLUG_AND_ALIASES));
        if (normalized.length() >= CONTAINS_MIN_LENGTH) {
            tiers.add(shape.tier(3, LIKE.formatted("contains"), LookupShape.Columns.ALL));
        }
        tiers.removeIf(java.util.Objects::isNull);
        List<LookupMatch> found = run(kind, shape.describe(String.join(" union all ", tiers)), normalized, Math.min(limit, MAX_LIMIT));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** Records whose name or alias is exactly the text, in any case; at most {@code limit}. */
    public List<LookupMatch> named(LookupKind kind, String text, int limit) {
        String normalized = normalized(text);
        if (normalized == null) {
            return List.of();
        }
        LookupShape shape = LookupShape.of(kind);
        return run(kind, shape.describe(shape.tier(0, "= :exact", LookupShape.Columns.ALL)), normalized, limit);
    }

    /** The record with this key: a slug, or an id for the kinds keyed by id. */
    public Optional<LookupMatch> byKey(LookupKind kind, String key) {
        if (key == null || key.isBlank() || key.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        String stripped = key.strip();
        Long id = null;
        if (kind.isKeyedById()) {
            String digits = stripped.startsWith("#") ? stripped.substring(1) : stripped;
            if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            id = Long.parseLong(digits);
        }
        customPlans();
        return jdbc.sql(LookupShape.of(kind).describe(LookupShape.of(kind).byKey(kind.isKeyedById())))
                .param("id", id).param("key", stripped.toLowerCase(Locale.ROOT))
                .query((row, number) -> read(kind, row)).optional();
    }

    private String exactTier(LookupKind kind, LookupShape shape, String normalized) {
        return shape.tier(0, "= :exact", LookupShape.Columns.ALL, kind.isKeyedById() && ReferenceText.idOf(normalized).isPresent());
    }

    private List<LookupMatch> run(LookupKind kind, String sql, String normalized, int limit) {
        customPlans();
        List<Ranked> rows = jdbc.sql(sql)
                .param("exact", normalized.toLowerCase(Locale.ROOT))
                .param("prefix", TextQuery.prefixPattern(normalized))
                .param("contains", TextQuery.containsPattern(normalized))
                .param("id", kind.isKeyedById() ? ReferenceText.idOf(normalized).orElse(null) : null)
                .param("limit", limit)
                .query((row, number) -> new Ranked(row.getInt("tier"), read(kind, row)))
                .list();
        Map<Long, Ranked> best = new LinkedHashMap<>();
        rows.forEach(ranked -> best.merge(ranked.match().id(), ranked, (a, b) -> a.tier() <= b.tier() ? a : b));
        return best.values().stream()
                .sorted(Comparator.comparingInt(Ranked::tier)
                        .thenComparingInt(ranked -> shortestLabel(ranked.match()))
                        .thenComparingLong(ranked -> ranked.match().id()))
                .limit(limit)
                .map(Ranked::match)
                .toList();
    }

    /**
     * A statement planned for the text actually typed: a plan made once for any text assumes a
     * share of rows that fits neither a rare name nor a common word.
     */
    private void customPlans() {
        if (postgres == null) {
            postgres = isPostgres(dataSource);
        }
        if (postgres) {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
    }

    private static int shortestLabel(LookupMatch match) {
        int ko = match.label().ko() == null ? Integer.MAX_VALUE : match.label().ko().length();
        int en = match.label().en() == null ? Integer.MAX_VALUE : match.label().en().length();
        return Math.min(ko, en);
    }

    private static LookupMatch read(LookupKind kind, ResultSet row) throws SQLException {
        LookupShape shape = LookupShape.of(kind);
        String kindCode = row.getString("kind_code");
        return new LookupMatch(kind, row.getLong("id"), row.getString("lookup_key"),
                Bilingual.of(row.getString("label_ko"), row.getString("label_en")),
                shape.kindEnum() == null || kindCode == null ? null : shape.kindEnum() + "." + kindCode,
                shape.datePrefix() == null ? null : PartialDateColumns.read(row, shape.datePrefix()),
                Bilingual.of(row.getString("context_ko"), row.getString("context_en")));
    }

    private static String normalized(String text) {
        String normalized = TextQuery.normalize(text);
        return normalized == null || normalized.length() > MAX_TEXT_LENGTH ? null : normalized;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equalsIgnoreCase(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new DataAccessResourceFailureException("Cannot tell the database's vendor", e);
        }
    }

    private record Ranked(int tier, LookupMatch match) {
    }
}
