package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.SourceCitation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@link AgreementDetails} for any number of agreements in exactly three statements: the
 * agreements; their parties, areas and attendees together; and their citations. Each statement
 * has the same text for any number of agreements (an array of ids), so PostgreSQL plans it once.
 * The count does not depend on how many agreements there are or on which of them have attendees.
 */
@Component
class AgreementDetailsLoader {

    /**
     * The parties, areas and attendees of the agreements as rows of one shape, told apart by
     * {@code part}: {@code member_*} is the attendee, the party's organization or the area (its
     * labels as the name), and {@code org_*} the organization an attendee represents. One statement
     * instead of three, each branch read by its primary key; the first branch types the columns.
     * "any(array[...])" cannot be hashed, so each organization is read by its key rather than all of them hashed.
     */
    private static final String MEMBERS = """
            select 'ATTENDEE' as part, a.agreement_id, a.position, a.role, p.id as member_id, p.slug as member_slug,
                   p.name_ko as member_name_ko, p.name_en as member_name_en, cast(null as varchar(30)) as member_kind,
                   o.id as org_id, o.slug as org_slug, o.name_ko as org_name_ko, o.name_en as org_name_en, o.kind as org_kind
            from agreement_attendees a
            join people p on p.id = a.person_id
            left join organizations o on o.id = any(array[a.organization_id])
            where a.agreement_id = any(:ids)
            union all
            select 'PARTY', p.agreement_id, p.position, p.role, o.id, o.slug, o.name_ko, o.name_en, o.kind,
                   null, null, null, null, null
            from agreement_parties p join organizations o on o.id = any(array[p.organization_id])
            where p.agreement_id = any(:ids)
            union all
            select 'AREA', r.agreement_id, r.position, null, null, null, r.label_ko, r.label_en, null,
                   null, null, null, null, null
            from agreement_areas r
            where r.agreement_id = any(:ids)
            order by agreement_id, part, position""";

    private final JdbcClient jdbc;
    private final CitationLookup citations;

    AgreementDetailsLoader(JdbcClient jdbc, CitationLookup citations) {
        this.jdbc = jdbc;
        this.citations = citations;
    }

    /** The details in the order of the ids given; ids with no agreement are left out. */
    List<AgreementDetails> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("select * from agreements where id = any(:ids)").param("ids", ids.toArray(Long[]::new)).query(rs -> {
            rows.put(rs.getLong("id"), new Row(rs.getLong("id"), rs.getLong("version"),
                    Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                    AgreementKind.valueOf(rs.getString("kind")), AgreementStatus.valueOf(rs.getString("status")),
                    Bilingual.of(rs.getString("place_ko"), rs.getString("place_en")),
                    Bilingual.of(rs.getString("summary_ko"), rs.getString("summary_en")),
                    PartialDateColumns.readWithNotes(rs, "announced"), PartialDateColumns.readWithNotes(rs, "signed"),
                    PartialDateColumns.readWithNotes(rs, "effective"), PartialDateColumns.readWithNotes(rs, "ended")));
        });
        Members members = membersOf(ids);
        Map<FactRef, List<SourceCitation>> cited = citations.citationsOf(
                ids.stream().map(id -> new FactRef(FactKind.AGREEMENT, id)).toList());

        List<AgreementDetails> details = new ArrayList<>();
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                details.add(new AgreementDetails(row.id(), row.version(), row.title(), row.kind(), row.status(),
                        row.place(), row.summary(), row.announced(), row.signed(), row.effective(), row.ended(),
                        members.parties().getOrDefault(id, List.of()), members.areas().getOrDefault(id, List.of()),
                        members.attendees().getOrDefault(id, List.of()),
                        cited.getOrDefault(new FactRef(FactKind.AGREEMENT, id), List.of())));
            }
        }
        return details;
    }

    private Members membersOf(Collection<Long> ids) {
        Members members = new Members(new HashMap<>(), new HashMap<>(), new HashMap<>());
        jdbc.sql(MEMBERS).param("ids", ids.toArray(Long[]::new)).query(rs -> {
            long agreementId = rs.getLong("agreement_id");
            Bilingual name = Bilingual.of(rs.getString("member_name_ko"), rs.getString("member_name_en"));
            switch (rs.getString("part")) {
                case "PARTY" -> members.parties().computeIfAbsent(agreementId, id -> new ArrayList<>())
                        .add(new PartySummary(rs.getLong("member_id"), rs.getString("member_slug"), name,
                                OrganizationKind.valueOf(rs.getString("member_kind")), PartyRole.valueOf(rs.getString("role"))));
                case "AREA" -> members.areas().computeIfAbsent(agreementId, id -> new ArrayList<>()).add(name);
                case "ATTENDEE" -> {
                    String orgSlug = rs.getString("org_slug");
                    OrganizationRef representing = orgSlug == null ? null : new OrganizationRef(rs.getLong("org_id"), orgSlug,
                            Bilingual.of(rs.getString("org_name_ko"), rs.getString("org_name_en")),
                            OrganizationKind.valueOf(rs.getString("org_kind")));
                    members.attendees().computeIfAbsent(agreementId, id -> new ArrayList<>())
                            .add(new AttendeeView(rs.getLong("member_id"), rs.getString("member_slug"), name,
                                    AttendeeRole.valueOf(rs.getString("role")), representing));
                }
                default -> throw new IllegalStateException("Unknown part " + rs.getString("part"));
            }
        });
        return members;
    }

    private record Members(Map<Long, List<PartySummary>> parties, Map<Long, List<Bilingual>> areas,
                           Map<Long, List<AttendeeView>> attendees) {
    }

    private record Row(long id, long version, Bilingual title, AgreementKind kind, AgreementStatus status, Bilingual place,
                       Bilingual summary, PartialDate announced,
                       PartialDate signed, PartialDate effective,
                       PartialDate ended) {
    }
}
