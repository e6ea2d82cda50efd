package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.database.FactKeys;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.websupport.Figures;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads the citations of many facts of mixed kinds in one statement. */
@Component
@Transactional(readOnly = true)
public class CitationLookup {

    private final JdbcClient jdbc;

    private final Figures figures;

    CitationLookup(JdbcClient jdbc, MessageSource messages) {
        this.figures = new Figures(messages);
        this.jdbc = jdbc;
    }

    /**
     * Citations of each fact, in the order they were attached; facts without citations are absent
     * from the map. One statement; facts of one kind are read by that kind's own statement, whose
     * other kinds drop out when it is planned, so PostgreSQL keeps one plan for it rather than
     * planning the statement for every kind again on each call.
     */
    public Map<FactRef, List<SourceCitation>> citationsOf(Collection<FactRef> facts) {
        if (facts.isEmpty()) {
            return Map.of();
        }
        Set<FactKind> kinds = facts.stream().map(FactRef::kind).collect(Collectors.toSet());
        FactKind onlyKind = kinds.size() == 1 ? kinds.iterator().next() : null;
        Map<FactRef, List<SourceCitation>> citations = new HashMap<>();
        jdbc.sql("""
                        select c.fact_kind, c.fact_id, c.position, c.quote, c.claim_attribute, c.claim_value, c.note, c.note_ko, c.attributes,
                               s.id as source_id, s.publisher, s.headline_ko, s.headline_en, s.url,
                               s.published_date, s.published_precision, s.published_inferred, """
                        + (onlyKind == null ? factVersionColumn() : factVersionColumn(onlyKind)) + " " + """
                        from fact_citations c join sources s on s.id = c.source_id
                        where """ + (onlyKind == null ? FactKeys.condition("c") : oneKindCondition(onlyKind)) + """
                         order by c.fact_kind, c.fact_id, c.position""")
                .params(onlyKind == null ? FactKeys.params(facts) : Map.of("factIds", facts.stream().map(FactRef::id).toArray(Long[]::new)))
                .query(rs -> {
                    FactRef fact = new FactRef(FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id"));
                    citations.computeIfAbsent(fact, f -> new ArrayList<>()).add(new SourceCitation(fact,
                            rs.getLong("source_id"), rs.getString("publisher"),
                            Bilingual.of(rs.getString("headline_ko"), rs.getString("headline_en")),
                            PartialDateColumns.read(rs, "published"), rs.getString("url"), rs.getString("quote"),
                            rs.getString("claim_attribute"), rs.getString("claim_value"), rs.getString("note"),
                            CitedAttributes.read(rs.getString("attributes")), rs.getInt("position"), rs.getLong("fact_version"),
                            rs.getString("note_ko")));
                });
        return citations;
    }

    /**
     * The fact's citations, each quote checked against its source's text; two statements, the
     * second reading only the texts of the fact's own sources.
     */
    public List<CheckedCitation> checkedCitationsOf(FactRef fact) {
        List<SourceCitation> cited = citationsOf(List.of(fact)).getOrDefault(fact, List.of());
        Set<Long> sourceIds = cited.stream().filter(citation -> citation.quote() != null)
                .map(SourceCitation::sourceId).collect(Collectors.toSet());
        Map<Long, QuoteCheck> checks = new HashMap<>();
        if (!sourceIds.isEmpty()) {
            jdbc.sql("select id, article_text from sources where id in (:ids) and article_text is not null")
                    .param("ids", sourceIds)
                    .query(rs -> {
                        checks.put(rs.getLong("id"), QuoteCheck.against(rs.getString("article_text")));
                    });
        }
        QuoteCheck none = QuoteCheck.against(null);
        return cited.stream().map(citation -> new CheckedCitation(citation,
                checks.getOrDefault(citation.sourceId(), none).statusOf(citation.quote()))).toList();
    }

    private static String oneKindCondition(FactKind kind) {
        return "(c.fact_kind = '" + kind.name() + "' and c.fact_id = any(:factIds))";
    }

    /** The table of each kind of fact, for reading the facts' versions. */
    private static final Map<FactKind, String> TABLES = Map.of(
            FactKind.ORGANIZATION, "organizations", FactKind.RELATION, "organization_relations",
            FactKind.PERSON, "people", FactKind.POSITION, "positions", FactKind.AGREEMENT, "agreements",
            FactKind.INITIATIVE, "initiatives", FactKind.METRIC, "metrics", FactKind.STATEMENT, "statements");

    /** The version of a fact of the kind, which a citation's remove form carries, as a column of the same statement. */
    private static String factVersionColumn(FactKind kind) {
        return "(select f.version from " + TABLES.get(kind) + " f where f.id = c.fact_id) as fact_version";
    }

    /** The fact's version, which a citation's remove form carries, as a column of the same statement. */
    private static String factVersionColumn() {
        return TABLES.entrySet().stream()
                .map(entry -> "when '" + entry.getKey().name() + "' then (select f.version from " + entry.getValue()
                        + " f where f.id = c.fact_id)")
                .collect(Collectors.joining(" ", "case c.fact_kind ", " end as fact_version"));
    }

    /** Every fact the source supports, with the quote and any conflicting claim, grouped by kind; one statement. */
    public List<CitedFact> factsCiting(long sourceId) {
        return jdbc.sql("""
                        select c.fact_kind, c.fact_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.note_ko,
                               l.title_ko, l.title_en, l.link_kind, l.link_key, l.figure_measure_ko, l.figure_measure_en,
                               l.figure_value, l.figure_unit
                        from fact_citations c join fact_labels l on l.fact_kind = c.fact_kind and l.fact_id = c.fact_id
                        where c.source_id = :sourceId
                        order by c.fact_kind, c.fact_id, c.position""")
                .param("sourceId", sourceId)
                .query((rs, n) -> new CitedFact(new FactRef(FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id")),
                        label(rs),
                        RecordLink.of(rs.getString("link_kind"), rs.getString("link_key")),
                        rs.getString("quote"), rs.getString("claim_attribute"), rs.getString("claim_value"), rs.getString("note"),
                        rs.getString("note_ko")))
                .list();
    }

    /**
     * The first facts the source supports, up to {@code limit}, as {@link #factsCiting(long)} orders
     * them, and how many there are in all; one statement.
     */
    public Page<CitedFact> factsCiting(long sourceId, int limit) {
        long[] total = {0};
        List<CitedFact> facts = jdbc.sql("""
                        select c.fact_kind, c.fact_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.note_ko,
                               l.title_ko, l.title_en, l.link_kind, l.link_key, l.figure_measure_ko, l.figure_measure_en,
                               l.figure_value, l.figure_unit, count(*) over () as total
                        from fact_citations c join fact_labels l on l.fact_kind = c.fact_kind and l.fact_id = c.fact_id
                        where c.source_id = :sourceId
                        order by c.fact_kind, c.fact_id, c.position
                        limit :limit""")
                .param("sourceId", sourceId)
                .param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new CitedFact(new FactRef(FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id")),
                            label(rs),
                            RecordLink.of(rs.getString("link_kind"), rs.getString("link_key")),
                            rs.getString("quote"), rs.getString("claim_attribute"), rs.getString("claim_value"), rs.getString("note"),
                            rs.getString("note_ko"));
                })
                .list();
        return new PageImpl<>(facts, PageRequest.of(0, limit), facts.isEmpty() ? 0 : total[0]);
    }

    /** A fact's label; a figure's as its measure and its value written in each language ("Deposits: KRW 22.3 trillion"). */
    private Bilingual label(ResultSet rs) throws SQLException {
        BigDecimal value = rs.getBigDecimal("figure_value");
        if (value == null) {
            return Bilingual.of(rs.getString("title_ko"), rs.getString("title_en"));
        }
        String unit = rs.getString("figure_unit");
        return Bilingual.of(rs.getString("figure_measure_ko") + ": " + figures.format(value, unit, Locale.KOREAN),
                rs.getString("figure_measure_en") + ": " + figures.format(value, unit, Locale.ENGLISH));
    }

    /** How many citations point at the source; one statement. */
    public long citationsOf(long sourceId) {
        return jdbc.sql("select count(*) from fact_citations where source_id = :id").param("id", sourceId)
                .query(Long.class).single();
    }

    /** The label and page of one fact, if it exists; one statement. */
    public java.util.Optional<CitedFact> labelOf(FactRef fact) {
        return jdbc.sql("""
                        select title_ko, title_en, link_kind, link_key from fact_labels
                        where fact_kind = :kind and fact_id = :id""")
                .param("kind", fact.kind().name()).param("id", fact.id())
                .query((rs, n) -> new CitedFact(fact, Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                        RecordLink.of(rs.getString("link_kind"), rs.getString("link_key")), null, null, null, null))
                .optional();
    }

    /**
     * A page of the distinct sources cited by any fact that involves one of the organizations,
     * newest first; one statement, which also counts them.
     */
    public Page<SourceSummary> sourcesAbout(Collection<Long> organizationIds, PageSlice slice) {
        PageRequest request = PageRequest.of(slice.page(), slice.size());
        if (organizationIds.isEmpty()) {
            return Page.empty(request);
        }
        long[] total = {0};
        List<SourceSummary> sources = jdbc.sql("""
                        select s.id, s.publisher, s.author, s.headline_ko, s.headline_en, s.url,
                               s.published_date, s.published_precision, s.published_inferred, count(*) over () as total
                        from sources s
                        where s.id in (select c.source_id from fact_citations c
                                       join fact_organization_rows f on f.fact_kind = c.fact_kind and f.fact_id = c.fact_id
                                       where f.organization_id in (:organizationIds))
                        order by s.published_date desc nulls last, s.id
                        limit :limit offset :offset""")
                .param("organizationIds", organizationIds)
                .param("limit", slice.size())
                .param("offset", slice.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new SourceSummary(rs.getLong("id"), rs.getString("publisher"), rs.getString("author"),
                            Bilingual.of(rs.getString("headline_ko"), rs.getString("headline_en")),
                            PartialDateColumns.read(rs, "published"), rs.getString("url"));
                })
                .list();
        return new PageImpl<>(sources, request, sources.isEmpty() ? 0 : total[0]);
    }
}
