package com.partnershiptracker.timeline;

import com.partnershiptracker.audit.AuditedKind;
import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementService;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.support.TimelineCopy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of the kinds of fact names the same kinds: FactKind, AuditedKind, ChangedRecords'
 * entities, TimelineEntryKind and what the timeline's fill writes. (TimelineRows' tables and the
 * kinds it rewrites are derived from ChangedRecords and TimelineEntryKind.) A kind added to one
 * list and not to the others fails here, with the list that lacks it.
 */
@PostgresTest
class KindsOfFactTests {

    /** A person states no dated fact of its own: it is on the timeline through positions and statements. */
    static final Set<String> NOT_ON_THE_TIMELINE = Set.of(FactKind.PERSON.name());
    /** A source backs facts and keeps a history, but states no fact. */
    static final Set<String> AUDITED_BUT_NO_FACT = Set.of(AuditedKind.SOURCE.name());

    @Autowired
    TestRecords records;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    OrganizationService organizations;

    @Autowired
    StatementService statements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyListOfKindsNamesTheKindsOfFact() {
        Set<String> facts = names(FactKind.values());

        Set<String> audited = names(AuditedKind.values());
        audited.removeAll(AUDITED_BUT_NO_FACT);
        Set<String> changedRecords = ChangedRecords.KINDS.values().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> onTheTimeline = Arrays.stream(TimelineEntryKind.values()).map(entry -> entry.factKind().name())
                .collect(Collectors.toCollection(TreeSet::new));
        onTheTimeline.addAll(NOT_ON_THE_TIMELINE);

        assertThat(audited).as("AuditedKind, but for SOURCE").isEqualTo(facts);
        assertThat(changedRecords).as("ChangedRecords.KINDS").isEqualTo(facts);
        assertThat(ChangedRecords.KINDS).as("ChangedRecords.KINDS, one entity for each kind").hasSameSizeAs(FactKind.values());
        assertThat(onTheTimeline).as("the kinds of fact of TimelineEntryKind, and PERSON").isEqualTo(facts);
    }

    @Test
    void eachKindOfFactIsTheSameEntityInTheHistoryAndOnTheTimeline() {
        Map<String, Class<?>> audited = new HashMap<>();
        Arrays.stream(AuditedKind.values()).forEach(kind -> audited.put(kind.name(), kind.type()));
        Map<String, Class<?>> changedRecords = new HashMap<>();
        ChangedRecords.KINDS.forEach((entity, kind) -> changedRecords.put(kind.name(), entity));
        AUDITED_BUT_NO_FACT.forEach(audited::remove);

        assertThat(changedRecords).as("ChangedRecords.KINDS against AuditedKind's entities").isEqualTo(audited);
        for (FactKind kind : FactKind.values()) {
            assertThat(ChangedRecords.tableOf(kind)).as("the table TimelineRows locks for %s", kind).isNotNull();
            assertThat(jdbc.sql("select count(*) from " + ChangedRecords.tableOf(kind) + " where 1 = 0").query(Long.class).single())
                    .as("the table TimelineRows locks for %s", kind).isZero();
        }
    }

    @Test
    void theFillWritesEveryKindOfEntryAndNoOther() {
        // Only this test's records are under test; rows other tests wrote behind the app's back are not (rolled back after).
        TimelineCopy.rebuildFromViews(jdbc);
        recordOneFactOfEveryKindWithEveryDate();
        // Written by TimelineRows, one kind at a time, as each record was saved.
        assertThat(TimelineCopy.differences(jdbc)).as("the copy written on save, kind by kind").isEmpty();

        TimelineCopy.rebuildFromViews(jdbc);

        Set<String> entryKinds = Arrays.stream(TimelineEntryKind.values()).map(entry -> entry.name() + " of " + entry.factKind())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> factKinds = names(FactKind.values());
        factKinds.removeAll(NOT_ON_THE_TIMELINE);
        assertThat(kinds("select distinct entry_kind || ' of ' || fact_kind from timeline_entry_rows"))
                .as("the entries the fill writes, against TimelineEntryKind").isEqualTo(entryKinds);
        assertThat(kinds("select distinct entry_kind || ' of ' || fact_kind from timeline_organization_rows"))
                .as("the entries the fill writes for each organization, against TimelineEntryKind").isEqualTo(entryKinds);
        assertThat(kinds("select distinct fact_kind from fact_organization_rows"))
                .as("the facts the fill gives organizations, against FactKind").isEqualTo(factKinds);
    }

    /** Every dated milestone the record knows, each involving an organization. */
    private void recordOneFactOfEveryKindWithEveryDate() {
        Source source = records.source("종류 기사");
        Organization bank = records.organization("kinds-bank", OrganizationKind.BANK);
        bank.recordFounding(PartialDate.ofYear(1990));
        bank.recordDissolution(PartialDate.ofYear(2024));
        Organization telecom = records.organization("kinds-telecom", OrganizationKind.TELECOM);

        Agreement agreement = records.agreement("Kinds MOU", PartialDate.ofDay(2021, 3, 2), source, bank, telecom);
        agreement.announceOn(PartialDate.ofMonth(2021, 2));
        agreement.takeEffectOn(PartialDate.ofDay(2021, 4, 1));
        agreement.endOn(PartialDate.ofYear(2023));

        Initiative service = records.initiative("Kinds service", PartialDate.ofMonth(2021, 5), source, bank);
        service.announceOn(PartialDate.ofMonth(2021, 1));
        service.startOn(PartialDate.ofMonth(2021, 3));
        service.endOn(PartialDate.ofYear(2023));
        Metric actual = Metric.actual(bank, service, Bilingual.of("가입자", "Subscribers"));
        actual.record(new BigDecimal("1000"), "people", "1천명");
        actual.asOf(PartialDate.ofMonth(2021, 9));
        initiatives.save(actual);
        Metric target = Metric.target(bank, null, Bilingual.of("가입자 목표", "Subscriber goal"));
        target.record(new BigDecimal("5000"), "people", "5천명");
        target.asOf(PartialDate.ofMonth(2021, 6));
        target.targetFor(PartialDate.ofYear(2023));
        initiatives.save(target);

        Position ceo = records.position("kinds-ceo", bank, PartialDate.ofDay(2020, 3, 24), source);
        Statement said = Statement.by(ceo.getPerson(), bank, Bilingual.of("말", "Words"));
        said.dateStated(PartialDate.ofMonth(2020, 4));
        statements.save(said);
        OrganizationRelation holds = new OrganizationRelation(telecom, RelationKind.MAJOR_SHAREHOLDER_OF, bank);
        holds.holdsDuring(PartialDate.ofMonth(2020, 7), PartialDate.ofYear(2022));
        organizations.save(holds);
        records.flush();
    }

    private Set<String> kinds(String query) {
        return new TreeSet<>(jdbc.sql(query).query(String.class).list());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
