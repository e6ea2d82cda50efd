package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.PartialDateColumns;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.SourceCitation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@link AgreementDetails} for any number of agreements in exactly five statements: the
 * agreements, their parties, areas, attendees and citations (four for a page of the list, whose
 * parties are read with it). Each statement has the same text for any number of agreements (an
 * array of ids), so PostgreSQL plans it once. The count does not depend on how
 * many agreements there are or on which of them have attendees.
 */
@Component
class AgreementDetailsLoader {

    private final JdbcClient jdbc;
    private final AgreementListing listing;
    private final CitationLookup citations;

    AgreementDetailsLoader(JdbcClient jdbc, AgreementListing listing, CitationLookup citations) {
        this.jdbc = jdbc;
        this.listing = listing;
        this.citations = citations;
    }

    /** The details in the order of the ids given; ids with no agreement are left out. */
    List<AgreementDetails> load(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : load(ids, listing.partiesOf(ids));
    }

    /** The details of a page of the list, whose parties are already read: four statements. */
    List<AgreementDetails> loadPage(List<AgreementSummary> page) {
        Map<Long, List<PartySummary>> parties = new HashMap<>();
        page.forEach(agreement -> parties.put(agreement.id(), agreement.parties()));
        return page.isEmpty() ? List.of() : load(page.stream().map(AgreementSummary::id).toList(), parties);
    }

    private List<AgreementDetails> load(Collection<Long> ids, Map<Long, List<PartySummary>> parties) {
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("select * from agreements where id = any(:ids)").param("ids", ids.toArray(Long[]::new)).query(rs -> {
            rows.put(rs.getLong("id"), new Row(rs.getLong("id"), rs.getLong("version"),
                    Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                    AgreementKind.valueOf(rs.getString("kind")), AgreementStatus.valueOf(rs.getString("status")),
                    Bilingual.of(rs.getString("place_ko"), rs.getString("place_en")),
                    Bilingual.of(rs.getString("summary_ko"), rs.getString("summary_en")),
                    PartialDateColumns.readWithNote(rs, "announced"), PartialDateColumns.readWithNote(rs, "signed"),
                    PartialDateColumns.readWithNote(rs, "effective"), PartialDateColumns.readWithNote(rs, "ended")));
        });
        Map<Long, List<Bilingual>> areas = areasOf(ids);
        Map<Long, List<AttendeeView>> attendees = attendeesOf(ids);
        Map<FactRef, List<SourceCitation>> cited = citations.citationsOf(
                ids.stream().map(id -> new FactRef(FactKind.AGREEMENT, id)).toList());

        List<AgreementDetails> details = new ArrayList<>();
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                details.add(new AgreementDetails(row.id(), row.version(), row.title(), row.kind(), row.status(),
                        row.place(), row.summary(), row.announced(), row.signed(), row.effective(), row.ended(),
                        parties.getOrDefault(id, List.of()), areas.getOrDefault(id, List.of()),
                        attendees.getOrDefault(id, List.of()),
                        cited.getOrDefault(new FactRef(FactKind.AGREEMENT, id), List.of())));
            }
        }
        return details;
    }

    private Map<Long, List<Bilingual>> areasOf(Collection<Long> ids) {
        Map<Long, List<Bilingual>> areas = new LinkedHashMap<>();
        jdbc.sql("select agreement_id, label_ko, label_en from agreement_areas where agreement_id = any(:ids) order by agreement_id, position")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    areas.computeIfAbsent(rs.getLong("agreement_id"), id -> new ArrayList<>())
                            .add(Bilingual.of(rs.getString("label_ko"), rs.getString("label_en")));
                });
        return areas;
    }

    private Map<Long, List<AttendeeView>> attendeesOf(Collection<Long> ids) {
        Map<Long, List<AttendeeView>> attendees = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.agreement_id, a.role, p.id as person_id, p.slug as person_slug, p.name_ko as person_name_ko,
                               p.name_en as person_name_en, o.id as org_id, o.slug as org_slug, o.name_ko as org_name_ko,
                               o.name_en as org_name_en, o.kind as org_kind
                        from agreement_attendees a
                        join people p on p.id = a.person_id
                        left join organizations o on o.id = a.organization_id
                        where a.agreement_id = any(:ids) order by a.agreement_id, a.position""")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    String orgSlug = rs.getString("org_slug");
                    OrganizationRef representing = orgSlug == null ? null : new OrganizationRef(rs.getLong("org_id"), orgSlug,
                            Bilingual.of(rs.getString("org_name_ko"), rs.getString("org_name_en")),
                            OrganizationKind.valueOf(rs.getString("org_kind")));
                    attendees.computeIfAbsent(rs.getLong("agreement_id"), id -> new ArrayList<>())
                            .add(new AttendeeView(rs.getLong("person_id"), rs.getString("person_slug"),
                                    Bilingual.of(rs.getString("person_name_ko"), rs.getString("person_name_en")),
                                    AttendeeRole.valueOf(rs.getString("role")), representing));
                });
        return attendees;
    }

    private record Row(long id, long version, Bilingual title, AgreementKind kind, AgreementStatus status, Bilingual place,
                       Bilingual summary, PartialDate announced,
                       PartialDate signed, PartialDate effective,
                       PartialDate ended) {
    }
}
