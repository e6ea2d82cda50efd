package com.partnershiptracker.source;

import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.shared.FactKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads every source and every citation for the CSV layout: two statements, whatever the number of rows. */
@Component
@Transactional(readOnly = true)
public class SourceCsvReader {

    private final JdbcClient jdbc;

    SourceCsvReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every source, by id. */
    public List<SourceCsv.SourceRow> sources() {
        return jdbc.sql("""
                        select id, version, kind, publisher, author, headline_ko, headline_en, url, language,
                               published_date, published_precision, published_inferred, published_note, published_note_ko, note, archive_url
                        from sources order by id""")
                .query((rs, n) -> new SourceCsv.SourceRow(rs.getLong("id"), rs.getLong("version"), rs.getString("kind"),
                        rs.getString("publisher"), rs.getString("author"), rs.getString("headline_ko"), rs.getString("headline_en"),
                        rs.getString("url"), rs.getString("language"), PartialDateColumns.readWithNotes(rs, "published"), rs.getString("note"),
                        rs.getString("archive_url")))
                .list();
    }

    /** Every citation, by source, cited kind, cited record and position; organizations and people named by slug. */
    public List<SourceCsv.CitationRow> citations() {
        return jdbc.sql("""
                        select c.source_id, c.fact_kind, c.fact_id, c.position, c.claim_attribute, c.claim_value, c.attributes,
                               c.quote, c.note, c.note_ko, coalesce(o.slug, p.slug) as slug
                        from fact_citations c
                        left join organizations o on c.fact_kind = 'ORGANIZATION' and o.id = c.fact_id
                        left join people p on c.fact_kind = 'PERSON' and p.id = c.fact_id
                        order by c.source_id, c.fact_kind, c.fact_id, c.position""")
                .query((rs, n) -> {
                    FactKind kind = FactKind.valueOf(rs.getString("fact_kind"));
                    long factId = rs.getLong("fact_id");
                    String slug = rs.getString("slug");
                    return new SourceCsv.CitationRow(rs.getLong("source_id"), kind, factId, slug != null ? slug : String.valueOf(factId),
                            rs.getInt("position"), rs.getString("claim_attribute"), rs.getString("claim_value"),
                            CitedAttributes.read(rs.getString("attributes")), rs.getString("quote"), rs.getString("note"), rs.getString("note_ko"));
                })
                .list();
    }

    /** The citations of each source. */
    public Map<Long, List<SourceCsv.CitationRow>> citationsBySource() {
        return citations().stream().collect(Collectors.groupingBy(SourceCsv.CitationRow::sourceId));
    }

    /** Every record that can be cited, by kind: its natural key (slug, or the id written out) to its id. One statement. */
    public Map<FactKind, Map<String, Long>> citableRecords() {
        Map<FactKind, Map<String, Long>> records = new java.util.EnumMap<>(FactKind.class);
        for (FactKind kind : FactKind.values()) {
            records.put(kind, new java.util.HashMap<>());
        }
        jdbc.sql("""
                        select 'ORGANIZATION' as kind, id, slug as natural_key from organizations
                        union all select 'PERSON', id, slug from people
                        union all select 'RELATION', id, null from organization_relations
                        union all select 'POSITION', id, null from positions
                        union all select 'AGREEMENT', id, null from agreements
                        union all select 'INITIATIVE', id, null from initiatives
                        union all select 'METRIC', id, null from metrics
                        union all select 'STATEMENT', id, null from statements""")
                .query(rs -> {
                    long id = rs.getLong("id");
                    String key = rs.getString("natural_key");
                    records.get(FactKind.valueOf(rs.getString("kind"))).put(key != null ? key : String.valueOf(id), id);
                });
        return records;
    }

    /** The export's rows: each source with each of its citations, by source id; a source nothing cites on a row of its own. */
    public List<List<String>> rows() {
        Map<Long, List<SourceCsv.CitationRow>> bySource = citationsBySource();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (SourceCsv.SourceRow source : sources()) {
            List<SourceCsv.CitationRow> cited = bySource.getOrDefault(source.id(), List.of());
            if (cited.isEmpty()) {
                rows.add(SourceCsv.fields(source, null));
            }
            cited.forEach(citation -> rows.add(SourceCsv.fields(source, citation)));
        }
        return rows;
    }
}
