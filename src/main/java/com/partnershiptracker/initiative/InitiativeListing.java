package com.partnershiptracker.initiative;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.database.PartialDateColumns;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Initiative lists in a fixed number of statements: count, page, organizations of the page. */
@Component
class InitiativeListing {

    private static final String COLUMNS = """
            i.id, i.title_ko, i.title_en, i.description_ko, i.description_en, i.kind, i.status, i.agreement_id,
            i.announced_date, i.announced_precision, i.announced_inferred, i.announced_note, i.announced_note_ko,
            i.started_date, i.started_precision, i.started_inferred, i.started_note, i.started_note_ko,
            i.launched_date, i.launched_precision, i.launched_inferred, i.launched_note, i.launched_note_ko,
            i.ended_date, i.ended_precision, i.ended_inferred, i.ended_note, i.ended_note_ko""";

    private final JdbcClient jdbc;

    InitiativeListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<InitiativeSummary> page(PageSlice slice) {
        return page(slice, null);
    }

    /** A page of initiatives whose title contains the text (all of them when the text is blank). */
    Page<InitiativeSummary> page(PageSlice slice, String text) {
        PageRequest request = PageRequest.of(slice.page(), slice.size());
        String normalized = com.partnershiptracker.shared.TextQuery.normalize(text);
        String where = normalized == null ? "" : " where lower(coalesce(i.title_ko, '')) like :text escape '\\'"
                + " or lower(coalesce(i.title_en, '')) like :text escape '\\'";
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (normalized != null) {
            params.put("text", com.partnershiptracker.shared.TextQuery.containsPattern(normalized));
        }
        long total = jdbc.sql("select count(*) from initiatives i" + where).params(params).query(Long.class).single();
        if (total == 0 || slice.offset() >= total) {
            return new PageImpl<>(List.of(), request, total);
        }
        params.put("limit", slice.size());
        params.put("offset", slice.offset());
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from initiatives i" + where
                        + " order by coalesce(i.launched_date, i.started_date, i.announced_date, i.ended_date) desc nulls last, i.id desc"
                        + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> row(rs)).list();
        return new PageImpl<>(withOrganizations(rows), request, total);
    }

    List<InitiativeSummary> fromAgreement(long agreementId) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from initiatives i where i.agreement_id = :agreementId order by i.id")
                .param("agreementId", agreementId).query((rs, n) -> row(rs)).list();
        return withOrganizations(rows);
    }

    Map<Long, List<InitiativeRef>> refsFrom(Collection<Long> agreementIds) {
        Map<Long, List<InitiativeRef>> byAgreement = new HashMap<>();
        if (agreementIds.isEmpty()) {
            return byAgreement;
        }
        jdbc.sql("select id, agreement_id, title_ko, title_en, status, launched_date, launched_precision, launched_inferred"
                        + " from initiatives where agreement_id in (:ids) order by id")
                .param("ids", agreementIds)
                .query(rs -> {
                    byAgreement.computeIfAbsent(rs.getLong("agreement_id"), id -> new ArrayList<>())
                            .add(new InitiativeRef(rs.getLong("id"), Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                                    InitiativeStatus.valueOf(rs.getString("status")), PartialDateColumns.read(rs, "launched")));
                });
        return byAgreement;
    }

    private List<InitiativeSummary> withOrganizations(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OrganizationRef>> organizations = organizationsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new InitiativeSummary(r.id(), r.title(), r.description(), r.kind(), r.status(), r.agreementId(),
                r.announced(), r.started(), r.launched(), r.ended(),
                organizations.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<Long, List<OrganizationRef>> organizationsOf(Collection<Long> initiativeIds) {
        Map<Long, List<OrganizationRef>> organizations = new HashMap<>();
        jdbc.sql("""
                        select io.initiative_id, o.id, o.slug, o.name_ko, o.name_en, o.kind
                        from initiative_organizations io join organizations o on o.id = io.organization_id
                        where io.initiative_id in (:ids) order by io.initiative_id, io.position""")
                .param("ids", initiativeIds)
                .query(rs -> {
                    organizations.computeIfAbsent(rs.getLong("initiative_id"), id -> new ArrayList<>())
                            .add(new OrganizationRef(rs.getLong("id"), rs.getString("slug"),
                                    Bilingual.of(rs.getString("name_ko"), rs.getString("name_en")),
                                    OrganizationKind.valueOf(rs.getString("kind"))));
                });
        return organizations;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                Bilingual.of(rs.getString("description_ko"), rs.getString("description_en")),
                InitiativeKind.valueOf(rs.getString("kind")), InitiativeStatus.valueOf(rs.getString("status")),
                rs.getObject("agreement_id", Long.class),
                PartialDateColumns.readWithNotes(rs, "announced"), PartialDateColumns.readWithNotes(rs, "started"),
                PartialDateColumns.readWithNotes(rs, "launched"), PartialDateColumns.readWithNotes(rs, "ended"));
    }

    private record Row(long id, Bilingual title, Bilingual description, InitiativeKind kind, InitiativeStatus status, Long agreementId,
                       PartialDate announced, PartialDate started,
                       PartialDate launched, PartialDate ended) {
    }
}
