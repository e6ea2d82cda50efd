package com.partnershiptracker.person;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.database.PartialDateColumns;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** People lists in a fixed number of statements: count, page, positions of the page. */
@Component
class PersonListing {

    private final JdbcClient jdbc;

    PersonListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<PersonSummary> page(PageSlice slice) {
        return page(slice, null);
    }

    /** The page, of only the person with that Wikidata item when one is given. */
    Page<PersonSummary> page(PageSlice slice, String wikidataId) {
        PageRequest request = PageRequest.of(slice.page(), slice.size());
        long total = jdbc.sql("select count(*) from people where :wikidata is null or wikidata_id = :wikidata")
                .param("wikidata", wikidataId, java.sql.Types.VARCHAR).query(Long.class).single();
        if (total == 0 || slice.offset() >= total) {
            return new PageImpl<>(List.of(), request, total);
        }
        List<PersonSummary> people = jdbc.sql("""
                        select id, slug, name_ko, name_en, birth_year, wikidata_id from people
                        where :wikidata is null or wikidata_id = :wikidata
                        order by coalesce(name_en, name_ko), id limit :limit offset :offset""")
                .param("wikidata", wikidataId, java.sql.Types.VARCHAR).param("limit", slice.size()).param("offset", slice.offset())
                .query((rs, n) -> new PersonSummary(rs.getLong("id"), rs.getString("slug"),
                        Bilingual.of(rs.getString("name_ko"), rs.getString("name_en")),
                        rs.getObject("birth_year", Integer.class), new ArrayList<>(), rs.getString("wikidata_id"))).list();
        Map<Long, PersonSummary> byId = new HashMap<>();
        people.forEach(person -> byId.put(person.id(), person));
        jdbc.sql("""
                        select p.person_id, p.title_ko, p.title_en, o.id, o.slug, o.name_ko, o.name_en, o.kind,
                               p.started_date, p.started_precision, p.started_inferred, p.started_note, p.started_note_ko,
                               p.ended_date, p.ended_precision, p.ended_inferred, p.ended_note, p.ended_note_ko
                        from positions p join organizations o on o.id = p.organization_id
                        where p.person_id in (:ids) order by p.started_date nulls last, p.id""")
                .param("ids", byId.keySet())
                .query(rs -> {
                    byId.get(rs.getLong("person_id")).positions().add(new PositionView(rs.getLong("person_id"),
                            Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                            new OrganizationRef(rs.getLong("id"), rs.getString("slug"),
                                    Bilingual.of(rs.getString("name_ko"), rs.getString("name_en")),
                                    OrganizationKind.valueOf(rs.getString("kind"))),
                            PartialDateColumns.readWithNotes(rs, "started"), PartialDateColumns.readWithNotes(rs, "ended")));
                });
        return new PageImpl<>(people, request, total);
    }

    Map<String, Long> referencesTo(long personId) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select 'positions' as kind, count(*) as n from positions where person_id = :id
                        union all select 'statements', count(*) from statements where person_id = :id
                        union all select 'attendees', count(*) from agreement_attendees where person_id = :id""")
                .param("id", personId)
                .query(rs -> {
                    if (rs.getLong("n") > 0) {
                        counts.put(rs.getString("kind"), rs.getLong("n"));
                    }
                });
        return counts;
    }

    List<AttendedAgreement> agreementsAttendedBy(long personId) {
        return jdbc.sql("""
                        select l.id, l.title_ko, l.title_en, l.key_date, l.key_precision, l.key_inferred, a.role
                        from agreement_attendees a join agreement_listing l on l.id = a.agreement_id
                        where a.person_id = :personId order by l.key_date nulls last, l.id""")
                .param("personId", personId)
                .query((rs, n) -> new AttendedAgreement(rs.getLong("id"),
                        Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                        PartialDateColumns.read(rs, "key"), rs.getString("role")))
                .list();
    }
}
