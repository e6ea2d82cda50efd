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
 * Finds likely duplicate pairs, newest record first, one page at a time, in a bounded amount of work: a
 * page looks at the next {@link #RECORDS_PER_PAGE} records (by id, descending, from the cursor) and at
 * every older record each of them may duplicate. On PostgreSQL that is two statements: names alike by
 * pg_trgm's {@code %} (each looked-at record probes the trigram indexes of V7 on lower(name)), aliases that
 * are the same key (hash joins over names and aliases), aliases that are another record's identifier (the
 * identifiers' unique indexes); dismissed pairs are left out and only the page's pairs come back, with their
 * evidence and both records. On H2 (development) the same is computed in Java over every name and alias,
 * which a local copy can afford. Newest first, because a duplicate is made when a record is added (an
 * import, a hurried entry), and because ranking every pair of the whole record by likeness would cost
 * every pair on every page.
 */
@Component
class DuplicateFinder {

    /** How alike two names must be (pg_trgm's similarity) to be offered as a pair. */
    static final double NAME_SIMILARITY = 0.5;

    /** How many records a page looks at for older duplicates; bounds a page's work whatever the record's size. */
    static final int RECORDS_PER_PAGE = 200;

    private static final String HANGUL = "[가-힣]";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    DuplicateFinder(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A page of at most {@code size} pairs from the cursor. */
    DuplicatesPage find(RecordKind kind, DuplicateCursor cursor, int size) {
        return isPostgres() ? inDatabase(kind, cursor, size) : inMemory(kind, cursor, size);
    }

    private DuplicatesPage inDatabase(RecordKind kind, DuplicateCursor cursor, int size) {
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .param("threshold", String.valueOf(NAME_SIMILARITY)).query(String.class).single();
        Map<List<Long>, DuplicatePair> pairs = new LinkedHashMap<>();
        long[] window = new long[2];
        jdbc.sql(pairsQuery(kind)).param("kind", kind.name()).param("upto", cursor.upTo()).param("below", cursor.below())
                .param("window", RECORDS_PER_PAGE).param("limit", size + 1)
                .query(rs -> {
                    window[0] = rs.getLong("scanned");
                    window[1] = rs.getLong("floor");
                    if (rs.getObject("first_id") == null) {
                        return;
                    }
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
                });
        List<DuplicatePair> found = pairs.values().stream().map(DuplicateFinder::withoutRepeatedEvidence).toList();
        return page(found, size, window[0], window[0] == 0 ? null : window[1]);
    }

    /** The page and its next cursor, from up to size + 1 pairs found among {@code scanned} records down to {@code floor}. */
    private static DuplicatesPage page(List<DuplicatePair> found, int size, long scanned, Long floor) {
        if (found.size() > size) {
            List<DuplicatePair> shown = found.subList(0, size);
            DuplicatePair last = shown.get(size - 1);
            return new DuplicatesPage(List.copyOf(shown), new DuplicateCursor(last.second().id(), last.first().id()), floor);
        }
        DuplicateCursor next = scanned == RECORDS_PER_PAGE && floor != null && floor > 1
                ? new DuplicateCursor(floor - 1, Long.MAX_VALUE) : null;
        return new DuplicatesPage(found, next, floor);
    }

    private static String pairsQuery(RecordKind kind) {
        String table = kind.table();
        String owner = kind.aliasOwner();
        String identifiers = kind == RecordKind.ORGANIZATION ? "o.wikidata_id, o.lei, o.kr_corporate_registration_number"
                : "o.wikidata_id";
        return """
                with scanned as (
                    select id, name_ko, name_en from %2$s where id <= :upto order by id desc limit :window
                ),
                name_keys as (
                    select id as owner, name_ko as text, %1$s as key from %2$s where name_ko is not null
                    union all
                    select id, name_en, %3$s from %2$s where name_en is not null
                ),
                alias_keys as (
                    select %4$s as owner, alias as text, %5$s as key from %6$s
                ),
                scanned_keys as (
                    select owner, text, key, true as is_name from name_keys where owner in (select id from scanned)
                    union all
                    select owner, text, key, false from alias_keys where owner in (select id from scanned)
                ),
                evidence as (
                    select b.id as first_id, a.id as second_id, 'SIMILAR_NAME_KO' as kind, b.name_ko as first_text,
                           a.name_ko as second_text, similarity(lower(a.name_ko), lower(b.name_ko)) as score
                    from scanned a join %2$s b on lower(b.name_ko) %% lower(a.name_ko) and b.id < a.id
                    union all
                    select b.id, a.id, 'SIMILAR_NAME_EN', b.name_en, a.name_en, similarity(lower(a.name_en), lower(b.name_en))
                    from scanned a join %2$s b on lower(b.name_en) %% lower(a.name_en) and b.id < a.id
                    union all
                    select y.owner, x.owner, 'SHARED_ALIAS', y.text, x.text, 1.0
                    from scanned_keys x join alias_keys y on y.key = x.key and y.owner < x.owner
                    union all
                    select y.owner, x.owner, 'SHARED_ALIAS', y.text, x.text, 1.0
                    from scanned_keys x join name_keys y on y.key = x.key and y.owner < x.owner and not x.is_name
                    union all
                    select o.id, al.%4$s, 'SAME_IDENTIFIER', al.alias, al.alias, 1.0
                    from %6$s al join %2$s o on o.id < al.%4$s
                         and upper(replace(replace(al.alias, ' ', ''), '-', '')) in (%7$s)
                    where al.%4$s in (select id from scanned)
                    union all
                    select al.%4$s, o.id, 'SAME_IDENTIFIER', al.alias, al.alias, 1.0
                    from scanned s join %2$s o on o.id = s.id
                    join %6$s al on al.%4$s < o.id and upper(replace(replace(al.alias, ' ', ''), '-', '')) in (%7$s)
                ),
                pairs as (
                    select first_id, second_id, max(score) as score
                    from evidence e
                    where (second_id < :upto or (second_id = :upto and first_id < :below))
                      and not exists (select 1 from duplicate_dismissals d
                                      where d.record_kind = :kind and d.first_id = e.first_id and d.second_id = e.second_id)
                    group by first_id, second_id
                    order by second_id desc, first_id desc
                    limit :limit
                ),
                found as (
                    select p.first_id, p.second_id, p.score as pair_score, e.kind, e.first_text, e.second_text,
                           e.score as evidence_score,
                           f.slug as first_slug, f.name_ko as first_name_ko, f.name_en as first_name_en, f.version as first_version,
                           s.slug as second_slug, s.name_ko as second_name_ko, s.name_en as second_name_en, s.version as second_version
                    from pairs p
                    join evidence e on e.first_id = p.first_id and e.second_id = p.second_id
                    join %2$s f on f.id = p.first_id
                    join %2$s s on s.id = p.second_id
                )
                select w.scanned, w.floor, found.*
                from (select count(*) as scanned, min(id) as floor from scanned) w
                left join found on true
                order by found.second_id desc, found.first_id desc, found.evidence_score desc, found.kind
                """.formatted(key("name_ko"), table, key("name_en"), owner, key("alias"), kind.aliasTable(), identifiers);
    }

    /** AliasKey in SQL. */
    private static String key(String column) {
        String folded = "btrim(regexp_replace(lower(normalize(" + column + ", NFKC)), '\\s+', ' ', 'g'))";
        return "case when " + column + " ~ '" + HANGUL + "' then replace(" + folded + ", ' ', '') else " + folded + " end";
    }

    private DuplicatesPage inMemory(RecordKind kind, DuplicateCursor cursor, int size) {
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
        List<Candidate> scanned = all.stream().filter(record -> record.id() <= cursor.upTo())
                .sorted(Comparator.comparingLong(Candidate::id).reversed()).limit(RECORDS_PER_PAGE).toList();
        List<DuplicatePair> pairs = new ArrayList<>();
        for (Candidate second : scanned) {
            for (Candidate first : all) {
                if (first.id() >= second.id() || !cursor.admits(second.id(), first.id())
                        || dismissed.contains(List.of(first.id(), second.id()))) {
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
        pairs.sort(Comparator.comparingLong((DuplicatePair pair) -> pair.second().id()).reversed()
                .thenComparing(Comparator.comparingLong((DuplicatePair pair) -> pair.first().id()).reversed()));
        List<DuplicatePair> found = pairs.stream().limit(size + 1L).map(DuplicateFinder::withoutRepeatedEvidence).toList();
        return page(found, size, scanned.size(), scanned.isEmpty() ? null : scanned.get(scanned.size() - 1).id());
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
