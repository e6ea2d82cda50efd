package com.partnershiptracker.schema;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementAttendee;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AttendeeRole;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class SchemaOnPostgresTests {

    @Autowired
    TestRecords records;

    @Autowired
    AgreementService agreements;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    PersonService people;

    @Autowired
    com.partnershiptracker.organization.OrganizationService organizations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgreementRoundTripsWithEveryPartIncludingAConflictingClaim() {
        Source first = records.source("첫 기사");
        Source second = records.source("둘째 기사");
        Organization group = records.organization("rt-group", OrganizationKind.FINANCIAL_GROUP);
        Organization telecom = records.organization("rt-telecom", OrganizationKind.TELECOM);
        Person chairman = people.save(new Person("rt-chairman", Bilingual.of("손태승", "Sohn Tae-seung")));
        Agreement mou = records.agreement("Strategic MOU", PartialDate.ofDay(2020, 8, 19), first, group, telecom);
        mou.announceOn(PartialDate.ofMonth(2020, 8).inferred("지난 달, counted from the article date"));
        mou.placeAt(Bilingual.of("우리은행 본점", "Woori Bank head office"));
        mou.addArea(Bilingual.of("마이데이터", "MyData"));
        mou.addAttendee(new AgreementAttendee(chairman, group, AttendeeRole.SIGNATORY));
        mou.cite(Citation.conflicting(second, com.partnershiptracker.source.CitedAttribute.SIGNED, "2020-07", "지난 7월", "The other article gives July"));
        records.flushAndClear();

        Agreement reloaded = agreements.getById(mou.getId());

        assertThat(reloaded.getSigned()).isEqualTo(PartialDate.ofDay(2020, 8, 19));
        assertThat(reloaded.getAnnounced().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(reloaded.getAnnounced().isInferred()).isTrue();
        assertThat(reloaded.getAnnounced().note()).startsWith("지난 달");
        assertThat(reloaded.getPlace().en()).isEqualTo("Woori Bank head office");
        assertThat(reloaded.getParties()).extracting(p -> p.getOrganization().getSlug()).containsExactly("rt-group", "rt-telecom");
        assertThat(reloaded.getAreas()).extracting(a -> a.getLabel().ko()).containsExactly("마이데이터");
        assertThat(reloaded.getAttendees()).extracting(a -> a.getPerson().getSlug()).containsExactly("rt-chairman");
        assertThat(reloaded.getCitations()).hasSize(2);
        Citation conflict = reloaded.getCitations().get(1);
        assertThat(conflict.isConflicting()).isTrue();
        assertThat(conflict.getClaimValue()).isEqualTo("2020-07");
        assertThat(conflict.getSource().getId()).isEqualTo(second.getId());
        assertThat(reloaded.getVersion()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aTargetIsStoredAsATargetWithItsDate() {
        Source source = records.source("목표 기사");
        Organization group = records.organization("tg-group", OrganizationKind.FINANCIAL_GROUP);
        Metric target = Metric.target(group, null, Bilingual.of("그룹 플랫폼 통합 MAU", "Group platform MAU"));
        target.record(new BigDecimal("15000000"), "people", "1500만명");
        target.targetFor(PartialDate.ofYear(2023));
        target.cite(Citation.supporting(source, "2023년까지 1500만명"));
        initiatives.save(target);
        records.flushAndClear();

        String kind = jdbc.sql("select kind from metrics where id = :id").param("id", target.getId()).query(String.class).single();

        assertThat(kind).isEqualTo(MetricKind.TARGET.name());
        assertThatThrownBy(() -> Metric.actual(group, null, Bilingual.of("x", "x")).targetFor(PartialDate.ofYear(2023)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDatabaseRefusesAMonthPrecisionDateThatIsNotTheFirstOfTheMonth() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into sources (kind, publisher, headline_ko, language, published_date, published_precision, published_inferred)
                values ('NEWS_ARTICLE', 'p', 'h', 'ko', date '2020-07-15', 'MONTH', false)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAnUnknownEnumValue() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into organizations (slug, name_en, kind) values ('bad-kind', 'Bad', 'SPACESHIP')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAMalformedSlug() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into organizations (slug, name_en, kind) values ('Bad Slug', 'Bad', 'BANK')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAPartMarkWithoutATarget() {
        Organization group = records.organization("part-mark-group", OrganizationKind.FINANCIAL_GROUP);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into metrics (kind, organization_id, measure_en, raw_text, progress_part)
                values ('ACTUAL', :organization, 'Users', '100', true)""").param("organization", group.getId()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesAMetricAboutNothing() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into metrics (kind, measure_en, raw_text) values ('ACTUAL', 'Users', '100')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** Identifiers in a form other than the stored one, each with the table and column it is put in. */
    static final String[][] MALFORMED_IDENTIFIERS = {
            {"organizations", "wikidata_id", "q42"}, {"organizations", "wikidata_id", "Q"}, {"organizations", "wikidata_id", "Q042"},
            {"organizations", "wikidata_id", "Q4a"}, {"organizations", "wikidata_id", "Q1234567890123"},
            {"organizations", "wikidata_id", "P31"}, {"organizations", "lei", "5493001kjtiigc8y1r12"},
            {"organizations", "lei", "5493001KJTIIGC8Y1R1"}, {"organizations", "lei", "5493001KJTIIGC8Y1RAB"},
            {"organizations", "kr_corporate_registration_number", "110111000000"},
            {"organizations", "kr_corporate_registration_number", "110111-000000"},
            {"people", "wikidata_id", "https://www.wikidata.org/wiki/Q42"}};

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> malformedIdentifiers() {
        return java.util.Arrays.stream(MALFORMED_IDENTIFIERS).map(row -> org.junit.jupiter.params.provider.Arguments.of((Object[]) row));
    }

    /** An insert of one record carrying the identifier, whose slug is made from the value. */
    static String insertWithIdentifier(String table, String column) {
        return "insert into " + table + " (slug, name_en" + ("organizations".equals(table) ? ", kind" : "") + ", " + column
                + ") values (:slug, 'Identified'" + ("organizations".equals(table) ? ", 'BANK'" : "") + ", :value)";
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("malformedIdentifiers")
    void theDatabaseRefusesAnIdentifierInAnyFormButItsStoredOne(String table, String column, String value) {
        assertThatThrownBy(() -> jdbc.sql(insertWithIdentifier(table, column)).param("slug", "malformed-identifier")
                .param("value", value).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseKeepsEachIdentifierOnOneRecordAndAnyNumberWithoutOne() {
        jdbc.sql(insertWithIdentifier("organizations", "lei")).param("slug", "lei-first").param("value", "5493001KJTIIGC8Y1R12").update();
        jdbc.sql(insertWithIdentifier("organizations", "lei")).param("slug", "lei-none-1").param("value", null, java.sql.Types.VARCHAR).update();
        jdbc.sql(insertWithIdentifier("organizations", "lei")).param("slug", "lei-none-2").param("value", null, java.sql.Types.VARCHAR).update();
        jdbc.sql(insertWithIdentifier("people", "wikidata_id")).param("slug", "wikidata-person").param("value", "Q42").update();
        jdbc.sql(insertWithIdentifier("organizations", "wikidata_id")).param("slug", "wikidata-organization").param("value", "Q42").update();

        assertThatThrownBy(() -> jdbc.sql(insertWithIdentifier("organizations", "lei")).param("slug", "lei-second")
                .param("value", "5493001KJTIIGC8Y1R12").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void identifiersRoundTripOnTheirRecords() {
        Organization bank = records.organization("identified-bank", OrganizationKind.BANK);
        bank.identifyAs(new com.partnershiptracker.organization.OrganizationIdentifiers("Q42", "5493001KJTIIGC8Y1R12", "1101110000002"));
        Person person = people.save(new Person("identified-person", Bilingual.of("이름", "Name")));
        person.identifyAsWikidataItem("Q43");
        records.flushAndClear();

        assertThat(jdbc.sql("select wikidata_id || ' ' || lei || ' ' || kr_corporate_registration_number from organizations where id = :id")
                .param("id", bank.getId()).query(String.class).single()).isEqualTo("Q42 5493001KJTIIGC8Y1R12 1101110000002");
        assertThat(people.getBySlug("identified-person").getWikidataId()).isEqualTo("Q43");
        assertThat(people.findByWikidataItem("Q43")).map(Person::getSlug).contains("identified-person");
        for (String typed : new String[]{"https://www.wikidata.org/wiki/q42", "5493 001K JTII GC8Y 1R12", "110111-0000002", "identified"}) {
            assertThat(organizations.search(typed, com.partnershiptracker.shared.PageSlice.first()).getContent())
                    .as(typed).extracting(Organization::getSlug).containsExactly("identified-bank");
        }
        assertThat(organizations.search("Q43", com.partnershiptracker.shared.PageSlice.first()).getContent()).isEmpty();
        assertThat(people.search("https://www.wikidata.org/wiki/Q43", com.partnershiptracker.shared.PageSlice.first()))
                .extracting(Person::getSlug).containsExactly("identified-person");
    }
}
