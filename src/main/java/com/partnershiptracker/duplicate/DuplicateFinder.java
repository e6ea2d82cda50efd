package com.partnershiptracker.duplicate;

import com.partnershiptracker.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds likely duplicate pairs, one page at a time. On PostgreSQL the database does it in two statements:
 * names alike by pg_trgm's {@code %} (served by the trigram indexes of V7 on lower(name)), aliases that are
 * the same key (a hash join over names and aliases), aliases that are another record's identifier (the
 * identifiers' unique indexes); the pairs are grouped, dismissed ones left out, and only the page's pairs
 * are returned with their evidence and records. On H2 (development) the same is computed in Java over
 * every name and alias, which a local copy can afford.
 */
@Component
class DuplicateFinder {

    /** How alike two names must be (pg_trgm's similarity) to be offered as a pair. */
    static final double NAME_SIMILARITY = 0.5;

    private static final String HANGUL = "[가-힣]";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    DuplicateFinder(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Up to {@code limit} pairs from {@code offset}, most alike first; the caller asks for one more to know whether a next page exists. */
    List<DuplicatePair> find(RecordKind kind, int offset, int limit) {
        return isPostgres() ? inDatabase(kind, offset, limit) : inMemory(kind, offset, limit);
    }

    private List<DuplicatePair> inDatabase(RecordKind kind, int offset, int limit) {
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .param("threshold", String.valueOf(NAME_SIMILARITY)).query(String.class).single();
        Map<List<Long>, DuplicatePair> pairs = new LinkedHashMap<>();
        jdbc.sql(pairsQuery(kind)).param("kind", kind.name()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    Candidate first = new Candidate(rs.getLong("first_id"), rs.getString("first_slug"),
                            Bilingual.of(rs.getString("first_name_ko"), rs.getString("first_name_en")), rs.getLong("first_version"));
                    Candidate second = new Candidate(rs.getLong("second_id"), rs.getString("second_slug"),
                            Bilingual.of(rs.getString("second_name_ko"), rs.getString("second_name_en")), rs.getLong("second_version"));
                    Evidence evidence = new Evidence(EvidenceKind.valueOf(rs.getString("kind")), rs.getString("first_text"),
                            rs.getString("second_text"), rs.getDouble("evidence_score"));
                    double pairScore = rs.getDouble("pair_score");
                    pairs.computeIfAbsent(List.of(first.id(), second.id()),
                            key -> new DuplicatePair(kind, first, second, pairScore, new ArrayList<>()))
                            .evidence().add(evidence);
                    return evidence;
                }).list();
        return pairs.values().stream().map(DuplicateFinder::withoutRepeatedEvidence).toList();
    }

    private static String pairsQuery(RecordKind kind) {
        String table = kind.table();
        String identifiers = kind == RecordKind.ORGANIZATION ? "o.wikidata_id, o.lei, o.kr_corporate_registration_number"
                : "o.wikidata_id";
        return """
                with keys as (
                    select id as owner, name_ko as text, %1$s as key, true as is_name from %2$s where name_ko is not null
                    union all
                    select id, name_en, %3$s, true from %2$s where name_en is not null
                    union all
                    select %4$s, alias, %5$s, false from %6$s
                ),
                evidence as (
                    select a.id as first_id, b.id as second_id, 'SIMILAR_NAME_KO' as kind, a.name_ko as first_text,
                           b.name_ko as second_text, similarity(lower(a.name_ko), lower(b.name_ko)) as score
                    from %2$s a join %2$s b on lower(a.name_ko) %% lower(b.name_ko) and a.id < b.id
                    union all
                    select a.id, b.id, 'SIMILAR_NAME_EN', a.name_en, b.name_en, similarity(lower(a.name_en), lower(b.name_en))
                    from %2$s a join %2$s b on lower(a.name_en) %% lower(b.name_en) and a.id < b.id
                    union all
                    select x.owner, y.owner, 'SHARED_ALIAS', x.text, y.text, 1.0
                    from keys x join keys y on x.key = y.key and x.owner < y.owner and not (x.is_name and y.is_name)
                    union all
                    select least(o.id, al.%4$s), greatest(o.id, al.%4$s), 'SAME_IDENTIFIER', al.alias, al.alias, 1.0
                    from %6$s al join %2$s o on o.id <> al.%4$s
                         and upper(replace(replace(al.alias, ' ', ''), '-', '')) in (%7$s)
                ),
                pairs as (
                    select first_id, second_id, max(score) as score, count(*) as pieces
                    from evidence e
                    where not exists (select 1 from duplicate_dismissals d
                                      where d.record_kind = :kind and d.first_id = e.first_id and d.second_id = e.second_id)
                    group by first_id, second_id
                    order by max(score) desc, count(*) desc, first_id, second_id
                    limit :limit offset :offset
                )
                select p.first_id, p.second_id, p.score as pair_score, e.kind, e.first_text, e.second_text,
                       e.score as evidence_score,
                       f.slug as first_slug, f.name_ko as first_name_ko, f.name_en as first_name_en, f.version as first_version,
                       s.slug as second_slug, s.name_ko as second_name_ko, s.name_en as second_name_en, s.version as second_version
                from pairs p
                join evidence e on e.first_id = p.first_id and e.second_id = p.second_id
                join %2$s f on f.id = p.first_id
                join %2$s s on s.id = p.second_id
                order by p.score desc, p.pieces desc, p.first_id, p.second_id, e.score desc, e.kind
                """.formatted(key("name_ko"), table, key("name_en"), kind.aliasOwner(), key("alias"), kind.aliasTable(),
                identifiers);
    }

    /** AliasKey in SQL. */
    private static String key(String column) {
        String folded = "btrim(regexp_replace(lower(normalize(" + column + ", NFKC)), '\\s+', ' ', 'g'))";
        return "case when " + column + " ~ '" + HANGUL + "' then replace(" + folded + ", ' ', '') else " + folded + " end";
    }

    private List<DuplicatePair> inMemory(RecordKind kind, int offset, int limit) {
        String identifierColumns = kind == RecordKind.ORGANIZATION ? "wikidata_id, lei, kr_corporate_registration_number"
                : "wikidata_id, null, null";
        Map<Long, Candidate> records = new LinkedHashMap<>();
        Map<Long, List<String>> identifiers = new HashMap<>();
        jdbc.sql("select id, slug, name_ko, name_en, version, " + identifierColumns + " from " + kind.table() + " order by id")
                .query(rs -> {
                    long id = rs.getLong(1);
                    records.put(id, new Candidate(id, rs.getString(2), Bilingual.of(rs.getString(3), rs.getString(4)), rs.getLong(5)));
                    List<String> held = new ArrayList<>();
                    for (int column = 6; column <= 8; column++) {
                        if (rs.getString(column) != null) {
                            held.add(rs.getString(column));
                        }
                    }
                    identifiers.put(id, held);
                });
        Map<Long, List<String>> aliases = new HashMap<>();
        jdbc.sql("select " + kind.aliasOwner() + ", alias from " + kind.aliasTable())
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        Set<List<Long>> dismissed = new java.util.HashSet<>(jdbc.sql(
                        "select first_id, second_id from duplicate_dismissals where record_kind = :kind")
                .param("kind", kind.name()).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).list());

        List<Candidate> all = List.copyOf(records.values());
        List<DuplicatePair> pairs = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Candidate first = all.get(i);
                Candidate second = all.get(j);
                if (dismissed.contains(List.of(first.id(), second.id()))) {
                    continue;
                }
                List<Evidence> evidence = new ArrayList<>();
                similarName(EvidenceKind.SIMILAR_NAME_KO, first.name().ko(), second.name().ko(), evidence);
                similarName(EvidenceKind.SIMILAR_NAME_EN, first.name().en(), second.name().en(), evidence);
                sharedAliases(first, second, aliases, evidence);
                sameIdentifiers(aliases.getOrDefault(first.id(), List.of()), identifiers.get(second.id()), evidence);
                sameIdentifiers(aliases.getOrDefault(second.id(), List.of()), identifiers.get(first.id()), evidence);
                if (!evidence.isEmpty()) {
                    evidence.sort(Comparator.comparingDouble(Evidence::similarity).reversed());
                    pairs.add(new DuplicatePair(kind, first, second, evidence.get(0).similarity(), evidence));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(DuplicatePair::score).reversed()
                .thenComparing(pair -> -pair.evidence().size())
                .thenComparingLong(pair -> pair.first().id()).thenComparingLong(pair -> pair.second().id()));
        return pairs.stream().skip(offset).limit(limit).map(DuplicateFinder::withoutRepeatedEvidence).toList();
    }

    private static void similarName(EvidenceKind kind, String first, String second, List<Evidence> evidence) {
        if (first != null && second != null) {
            double similarity = Trigrams.similarity(first, second);
            if (similarity >= NAME_SIMILARITY) {
                evidence.add(new Evidence(kind, first, second, similarity));
            }
        }
    }

    private static void sharedAliases(Candidate first, Candidate second, Map<Long, List<String>> aliases, List<Evidence> evidence) {
        List<String> firstAliases = aliases.getOrDefault(first.id(), List.of());
        List<String> secondAliases = aliases.getOrDefault(second.id(), List.of());
        for (String alias : firstAliases) {
            for (String other : namesAndAliases(second, secondAliases)) {
                if (AliasKey.of(alias) != null && AliasKey.of(alias).equals(AliasKey.of(other))) {
                    evidence.add(new Evidence(EvidenceKind.SHARED_ALIAS, alias, other, 1.0));
                }
            }
        }
        for (String name : namesAndAliases(first, List.of())) {
            for (String alias : secondAliases) {
                if (AliasKey.of(alias) != null && AliasKey.of(alias).equals(AliasKey.of(name))) {
                    evidence.add(new Evidence(EvidenceKind.SHARED_ALIAS, name, alias, 1.0));
                }
            }
        }
    }

    private static List<String> namesAndAliases(Candidate candidate, List<String> aliases) {
        List<String> all = new ArrayList<>();
        if (candidate.name().ko() != null) {
            all.add(candidate.name().ko());
        }
        if (candidate.name().en() != null) {
            all.add(candidate.name().en());
        }
        all.addAll(aliases);
        return all;
    }

    private static void sameIdentifiers(List<String> aliases, List<String> identifiers, List<Evidence> evidence) {
        for (String alias : aliases) {
            String compact = alias.replace(" ", "").replace("-", "").toUpperCase(java.util.Locale.ROOT);
            if (identifiers != null && identifiers.contains(compact)) {
                evidence.add(new Evidence(EvidenceKind.SAME_IDENTIFIER, alias, alias, 1.0));
            }
        }
    }

    /** The same two texts found twice (an alias both records carry, matched from either side) are one piece of evidence. */
    private static DuplicatePair withoutRepeatedEvidence(DuplicatePair pair) {
        Map<List<Object>, Evidence> distinct = new LinkedHashMap<>();
        for (Evidence evidence : pair.evidence()) {
            distinct.putIfAbsent(List.of(evidence.kind(), evidence.firstText(), evidence.secondText()), evidence);
        }
        return new DuplicatePair(pair.kind(), pair.first(), pair.second(), pair.score(), List.copyOf(distinct.values()));
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try {
                postgres = "PostgreSQL".equalsIgnoreCase(JdbcUtils.extractDatabaseMetaData(dataSource,
                        metadata -> metadata.getDatabaseProductName()));
            } catch (Exception e) {
                return false;
            }
        }
        return postgres;
    }
}
