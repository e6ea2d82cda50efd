package com.partnershiptracker.audit;

import com.partnershiptracker.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The names of audited records, for history pages: as they are now, in one statement for any number of
 * records, and as they were last stored, for records deleted since (one statement more).
 */
@Component
class RecordNames {

    /** Each kind's entity, table and the columns of its name in Korean and English. */
    private enum Kind {
        ORGANIZATION("Organization", "organizations", "name"),
        RELATION("OrganizationRelation", "organization_relations", "detail"),
        PERSON("Person", "people", "name"),
        POSITION("Position", "positions", "title"),
        AGREEMENT("Agreement", "agreements", "title"),
        INITIATIVE("Initiative", "initiatives", "title"),
        METRIC("Metric", "metrics", "measure"),
        STATEMENT("Statement", "statements", "text"),
        SOURCE("Source", "sources", "headline");

        final String entity;
        final String table;
        final String name;

        Kind(String entity, String table, String name) {
            this.entity = entity;
            this.table = table;
            this.name = name;
        }
    }

    private final JdbcClient jdbc;

    RecordNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kind of an audited entity class, as in history URLs; empty for a class that keeps no history. */
    static Optional<String> kindOf(Class<?> entity) {
        for (Kind kind : Kind.values()) {
            if (kind.entity.equals(entity.getSimpleName())) {
                return Optional.of(kind.name());
            }
        }
        return Optional.empty();
    }

    /** The current name of each record that exists; one statement. */
    Map<RecordKey, Bilingual> current(Collection<RecordKey> records) {
        Map<Kind, List<Long>> ids = byKind(records);
        if (ids.isEmpty()) {
            return Map.of();
        }
        // fact_labels names a relation by its two ends and a position by its person; sources are not facts.
        String sql = ids.keySet().stream()
                .map(kind -> kind == Kind.SOURCE
                        ? "select 'SOURCE' as kind, id, headline_ko as name_ko, headline_en as name_en from sources where id in (:SOURCE)"
                        : "select fact_kind as kind, fact_id as id, title_ko as name_ko, title_en as name_en from fact_labels"
                          + " where fact_kind = '" + kind.name() + "' and fact_id in (:" + kind.name() + ")")
                .collect(Collectors.joining(" union all "));
        return names(sql, ids, false);
    }

    /** The name each record had when last stored before it was deleted; one statement. */
    Map<RecordKey, Bilingual> stored(Collection<RecordKey> records) {
        Map<Kind, List<Long>> ids = byKind(records);
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = ids.keySet().stream()
                .map(kind -> "select '" + kind.name() + "' as kind, id, rev, " + kind.name + "_ko as name_ko, " + kind.name
                        + "_en as name_en from " + kind.table + "_aud where revtype <> 2 and id in (:" + kind.name() + ")")
                .collect(Collectors.joining(" union all ")) + " order by rev desc";
        return names(sql, ids, true);
    }

    private Map<RecordKey, Bilingual> names(String sql, Map<Kind, List<Long>> ids, boolean firstOnly) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Map.Entry<Kind, List<Long>> kind : ids.entrySet()) {
            statement = statement.param(kind.getKey().name(), kind.getValue());
        }
        Map<RecordKey, Bilingual> names = new HashMap<>();
        statement.query(rs -> {
            RecordKey key = new RecordKey(rs.getString("kind"), rs.getLong("id"));
            Bilingual name = Bilingual.of(rs.getString("name_ko"), rs.getString("name_en"));
            if (!name.isEmpty() && !(firstOnly && names.containsKey(key))) {
                names.put(key, name);
            }
        });
        return names;
    }

    private static Map<Kind, List<Long>> byKind(Collection<RecordKey> records) {
        Map<Kind, List<Long>> ids = new TreeMap<>();
        for (RecordKey record : records) {
            Kind kind;
            try {
                kind = Kind.valueOf(record.kind());
            } catch (IllegalArgumentException notAudited) {
                continue;
            }
            ids.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(record.id());
        }
        ids.replaceAll((kind, list) -> list.stream().distinct().toList());
        return ids;
    }
}
