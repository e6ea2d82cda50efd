package com.partnershiptracker.duplicate;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationIdentifiers;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SeededWebTest
class MergeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DuplicateService duplicates;

    @Autowired
    MergeService merges;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void findsOrganizationsWithAlikeNamesSharedAliasesAndAnIdentifierWrittenAsAnAlias() {
        Organization merchant = named("dupfind-merchant", "Zephyrine Merchant Bank", "제퓌린 상업은행");
        Organization merchantLtd = named("dupfind-merchant-ltd", "Zephyrine Merchant Bank Ltd", null);
        Organization aliased = named("dupfind-aliased", "Quolibet Holdings", null);
        Organization otherAliased = named("dupfind-other-aliased", "Entirely Different Co", null);
        Organization identified = named("dupfind-identified", "Marrowstone Capital", null);
        Organization carrier = named("dupfind-carrier", "Hollowbrook Finance", null);
        transactions.executeWithoutResult(status -> {
            entityManager.find(Organization.class, aliased.getId()).addAlias("ＱＬＢ 우리 은행");
            entityManager.find(Organization.class, otherAliased.getId()).addAlias("qlb 우리은행");
            entityManager.find(Organization.class, identified.getId()).identifyAs(new OrganizationIdentifiers("Q987654321", null, null));
            entityManager.find(Organization.class, carrier.getId()).addAlias("q987654321");
        });

        List<DuplicatePair> pairs = allPairs(RecordKind.ORGANIZATION);

        assertThat(evidenceOf(pairs, merchant, merchantLtd)).extracting(Evidence::kind).contains(EvidenceKind.SIMILAR_NAME_EN);
        assertThat(evidenceOf(pairs, aliased, otherAliased)).extracting(Evidence::kind).containsExactly(EvidenceKind.SHARED_ALIAS);
        assertThat(evidenceOf(pairs, identified, carrier)).extracting(Evidence::kind).containsExactly(EvidenceKind.SAME_IDENTIFIER);
        assertThat(evidenceOf(pairs, merchant, aliased)).isEmpty();
    }

    @Test
    void aDismissedPairIsNotOfferedAgain() {
        Organization one = named("dupdismiss-one", "Vantablue Savings Bank", null);
        Organization other = named("dupdismiss-two", "Vantablue Savings Bank Co", null);
        assertThat(evidenceOf(allPairs(RecordKind.ORGANIZATION), one, other)).isNotEmpty();

        duplicates.dismiss(RecordKind.ORGANIZATION, other.getId(), one.getId());
        duplicates.dismiss(RecordKind.ORGANIZATION, one.getId(), other.getId());

        assertThat(evidenceOf(allPairs(RecordKind.ORGANIZATION), one, other)).isEmpty();
    }

    @Test
    void theListCostsTwoStatementsWhateverThePageHolds() {
        for (int i = 0; i < 6; i++) {
            named("dupcount-" + i, "Glimmerfold Trust Bank " + (char) ('a' + i), null);
        }
        SqlStatementCounter.Counted<DuplicatesPage> small = statements.count(() -> duplicates.list(RecordKind.ORGANIZATION, DuplicateCursor.FIRST, 2));
        SqlStatementCounter.Counted<DuplicatesPage> large = statements.count(() -> duplicates.list(RecordKind.ORGANIZATION, DuplicateCursor.FIRST, 50));
        SqlStatementCounter.Counted<DuplicatesPage> people = statements.count(() -> duplicates.list(RecordKind.PERSON, DuplicateCursor.FIRST, 50));
        SqlStatementCounter.Counted<DuplicatesPage> next = statements.count(() -> duplicates.list(RecordKind.ORGANIZATION, small.result().next(), 2));

        assertThat(large.result().pairs()).hasSizeGreaterThan(5);
        assertThat(small.result().pairs()).hasSize(2);
        assertThat(next.result().pairs()).hasSize(2).doesNotContainAnyElementsOf(small.result().pairs());
        assertThat(large.result().pairs().subList(0, 4)).containsExactlyElementsOf(
                java.util.stream.Stream.concat(small.result().pairs().stream(), next.result().pairs().stream()).toList());
        assertThat(next.statements()).isEqualTo(2);
        assertThat(small.statements()).isEqualTo(2);
        assertThat(large.statements()).isEqualTo(2);
        assertThat(people.statements()).isEqualTo(2);
    }

    @Test
    void mergingMovesEveryReferenceResolvesClashesInOneRevisionAndTheOldSlugAnswers301() {
        Source source = records.source("merge test source");
        Organization kept = named("mergetest-kept", "Thistledown Bank", "엉겅퀴은행");
        Organization merged = named("mergetest-merged", "Thistledown Bank Corp", "엉겅퀴 은행 주식회사");
        Organization third = named("mergetest-third", "Pebblecrest Card", null);
        Organization child = records.organization("mergetest-child", OrganizationKind.INTERNAL_UNIT, merged);
        Agreement both = records.agreement("mergetest both", PartialDate.ofDay(2021, 3, 2), source, kept, merged, third);
        Agreement mergedOnly = records.agreement("mergetest merged only", PartialDate.ofDay(2021, 4, 2), source, merged, third);
        Initiative initiative = records.initiative("mergetest initiative", PartialDate.ofDay(2021, 5, 2), source, kept, merged);
        long positionId = records.position("mergetest-person", merged, PartialDate.ofDay(2020, 1, 1), source).getId();
        long[] ids = transactions.execute(status -> {
            Organization m = entityManager.find(Organization.class, merged.getId());
            m.addAlias("TDB");
            m.addAlias("엉겅퀴 은행");
            m.identifyAs(new OrganizationIdentifiers("Q987654399", null, null));
            OrganizationRelation outward = new OrganizationRelation(m, RelationKind.SHAREHOLDER_OF, entityManager.find(Organization.class, third.getId()));
            OrganizationRelation between = new OrganizationRelation(entityManager.find(Organization.class, kept.getId()),
                    RelationKind.ALLIANCE_PARTNER_OF, m);
            Statement statement = Statement.bySpokespersonOf(m, Bilingual.of("합병 시험 발언", "merge test statement"));
            Metric metric = Metric.actual(m, null, Bilingual.of("이용자", "users"));
            metric.record(new BigDecimal("1000"), "people", null);
            entityManager.persist(outward);
            entityManager.persist(between);
            entityManager.persist(statement);
            entityManager.persist(metric);
            return new long[] {outward.getId(), between.getId(), statement.getId(), metric.getId()};
        });
        assertThat(Http.get(port, "/organizations/mergetest-merged", "en").statusCode()).isEqualTo(200);

        MergePreview preview = merges.preview(RecordKind.ORGANIZATION, kept.getId(), merged.getId());
        assertThat(preview.counts()).containsEntry(MergeReference.AGREEMENT_PARTY, 2L).containsEntry(MergeReference.POSITION, 1L)
                .containsEntry(MergeReference.CHILD_ORGANIZATION, 1L).containsEntry(MergeReference.RELATION_BETWEEN, 1L)
                .containsEntry(MergeReference.RELATION_SUBJECT, 1L).containsEntry(MergeReference.STATEMENT, 1L)
                .containsEntry(MergeReference.METRIC, 1L).containsEntry(MergeReference.INITIATIVE_ORGANIZATION, 1L);
        assertThat(preview.clashes()).extracting(PlannedMove::reference, PlannedMove::resolution).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(MergeReference.AGREEMENT_PARTY, MergeResolution.DROPPED),
                org.assertj.core.groups.Tuple.tuple(MergeReference.INITIATIVE_ORGANIZATION, MergeResolution.DROPPED),
                org.assertj.core.groups.Tuple.tuple(MergeReference.RELATION_BETWEEN, MergeResolution.DELETED));
        Organization mergedNow = fresh(merged.getId());
        Organization keptNow = fresh(kept.getId());
        assertThatThrownBy(() -> merges.merge(RecordKind.ORGANIZATION, kept.getId(), keptNow.getVersion() - 1,
                merged.getId(), mergedNow.getVersion())).isInstanceOf(StaleRecordException.class);
        long revisionBefore = newestRevision();

        long mergeId = merges.merge(RecordKind.ORGANIZATION, kept.getId(), keptNow.getVersion(), merged.getId(), mergedNow.getVersion());

        assertThat(jdbc.sql("select count(*) from revinfo where rev > :rev").param("rev", revisionBefore).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select note from revinfo where rev > :rev").param("rev", revisionBefore).query(String.class).single())
                .isEqualTo("Merged mergetest-merged into mergetest-kept");
        assertThat(fresh(merged.getId())).isNull();
        assertNothingRefersTo("organizations", merged.getId());
        assertThat(jdbc.sql("select count(*) from fact_organization_rows where organization_id = :id").param("id", merged.getId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from timeline_organization_rows where organization_id = :id").param("id", merged.getId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from network_parties where node_id = :id").param("id", merged.getId())
                .query(Long.class).single()).isZero();
        Organization keptAfter = fresh(kept.getId());
        assertThat(keptAfter.getAliases()).containsExactly("엉겅퀴 은행 주식회사", "Thistledown Bank Corp", "TDB");
        assertThat(keptAfter.getIdentifiers().wikidata()).isEqualTo("Q987654399");
        assertThat(jdbc.sql("select organization_id from agreement_parties where agreement_id = :id order by position")
                .param("id", both.getId()).query(Long.class).list()).containsExactly(kept.getId(), third.getId());
        assertThat(jdbc.sql("select organization_id from agreement_parties where agreement_id = :id order by position")
                .param("id", mergedOnly.getId()).query(Long.class).list()).containsExactly(kept.getId(), third.getId());
        assertThat(jdbc.sql("select count(*) from organization_relations where id = :id").param("id", ids[1]).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select subject_id from organization_relations where id = :id").param("id", ids[0]).query(Long.class).single())
                .isEqualTo(kept.getId());
        assertThat(jdbc.sql("select parent_id from organizations where id = :id").param("id", child.getId()).query(Long.class).single())
                .isEqualTo(kept.getId());
        assertThat(jdbc.sql("select count(*) from timeline_organization_rows where organization_id = :id and fact_kind = 'AGREEMENT' and fact_id = :a")
                .param("id", kept.getId()).param("a", mergedOnly.getId()).query(Long.class).single()).isPositive();
        assertThat(merges.merges(10)).extracting(MergeSummary::id).contains(mergeId);

        assertThat(Http.get(port, "/organizations/mergetest-merged", "en").statusCode()).isEqualTo(301);
        HttpResponse<String> page = Http.get(port, "/organizations/mergetest-merged?asOf=2021-01-01", "en");
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).hasValue("/organizations/mergetest-kept?asOf=2021-01-01");
        assertThat(Http.get(port, "/organizations/mergetest-merged/people", "en").headers().firstValue("Location"))
                .hasValue("/organizations/mergetest-kept/people");
        HttpResponse<String> api = Http.get(port, "/api/v1/organizations/mergetest-merged", "en");
        assertThat(api.statusCode()).isEqualTo(301);
        assertThat(api.headers().firstValue("Location")).hasValue("/api/v1/organizations/mergetest-kept");
        assertThat(Http.get(port, "/api/v1/organizations/mergetest-merged/relationships", "en").statusCode()).isEqualTo(301);
        assertThat(Http.get(port, "/organizations/mergetest-never-was", "en").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/admin/history/ORGANIZATION/" + merged.getId(), "en").statusCode()).isIn(200, 302);

        long revisionBeforeUnmerge = newestRevision();
        merges.unmerge(mergeId);

        assertThat(jdbc.sql("select note from revinfo where rev > :rev").param("rev", revisionBeforeUnmerge).query(String.class).single())
                .isEqualTo("Unmerged mergetest-merged from mergetest-kept");
        Organization back = fresh(merged.getId());
        assertThat(back.getSlug()).isEqualTo("mergetest-merged");
        assertThat(back.getName()).isEqualTo(Bilingual.of("엉겅퀴 은행 주식회사", "Thistledown Bank Corp"));
        assertThat(back.getAliases()).containsExactly("TDB", "엉겅퀴 은행");
        assertThat(back.getIdentifiers().wikidata()).isEqualTo("Q987654399");
        assertThat(fresh(kept.getId()).getAliases()).isEmpty();
        assertThat(fresh(kept.getId()).getIdentifiers().wikidata()).isNull();
        assertThat(jdbc.sql("select organization_id from agreement_parties where agreement_id = :id order by position")
                .param("id", both.getId()).query(Long.class).list()).containsExactlyInAnyOrder(kept.getId(), merged.getId(), third.getId());
        assertThat(jdbc.sql("select organization_id from agreement_parties where agreement_id = :id order by position")
                .param("id", mergedOnly.getId()).query(Long.class).list()).containsExactly(merged.getId(), third.getId());
        assertThat(jdbc.sql("select organization_id from initiative_organizations where initiative_id = :id")
                .param("id", initiative.getId()).query(Long.class).list()).containsExactlyInAnyOrder(kept.getId(), merged.getId());
        assertThat(jdbc.sql("select object_id from organization_relations where id = :id").param("id", ids[1]).query(Long.class).single())
                .isEqualTo(merged.getId());
        assertThat(jdbc.sql("select subject_id from organization_relations where id = :id").param("id", ids[0]).query(Long.class).single())
                .isEqualTo(merged.getId());
        assertThat(jdbc.sql("select organization_id from positions where id = :id").param("id", positionId).query(Long.class).single())
                .isEqualTo(merged.getId());
        assertThat(jdbc.sql("select organization_id from statements where id = :id").param("id", ids[2]).query(Long.class).single())
                .isEqualTo(merged.getId());
        assertThat(jdbc.sql("select organization_id from metrics where id = :id").param("id", ids[3]).query(Long.class).single())
                .isEqualTo(merged.getId());
        assertThat(jdbc.sql("select parent_id from organizations where id = :id").param("id", child.getId()).query(Long.class).single())
                .isEqualTo(merged.getId());
        assertThat(Http.get(port, "/organizations/mergetest-merged", "en").statusCode()).isEqualTo(200);
        assertThat(Http.get(port, "/api/v1/organizations/mergetest-merged", "en").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from timeline_organization_rows where organization_id = :id and fact_kind = 'AGREEMENT' and fact_id = :a")
                .param("id", merged.getId()).param("a", mergedOnly.getId()).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from timeline_organization_rows where organization_id = :id and fact_kind = 'AGREEMENT' and fact_id = :a")
                .param("id", kept.getId()).param("a", mergedOnly.getId()).query(Long.class).single()).isZero();
        assertThatThrownBy(() -> merges.unmerge(mergeId)).isInstanceOf(MergeNotFoundException.class);
    }

    @Test
    void mergingPeopleMovesPositionsAndStatementsAndTheirNamesBecomeAliases() {
        Source source = records.source("person merge source");
        Organization bank = named("personmerge-bank", "Personmerge Bank", null);
        long keptPosition = records.position("personmerge-kept", bank, PartialDate.ofDay(2019, 1, 1), source).getId();
        long mergedPosition = records.position("personmerge-merged", bank, PartialDate.ofDay(2019, 1, 1), source).getId();
        long keptId = jdbc.sql("select person_id from positions where id = :id").param("id", keptPosition).query(Long.class).single();
        long mergedId = jdbc.sql("select person_id from positions where id = :id").param("id", mergedPosition).query(Long.class).single();
        transactions.executeWithoutResult(status -> {
            Person merged = entityManager.find(Person.class, mergedId);
            merged.rename(Bilingual.of("홍길순", "Hong Gil-sun"));
            entityManager.persist(Statement.by(merged, null, Bilingual.of("사람 병합 시험", "person merge test")));
        });
        MergePreview preview = merges.preview(RecordKind.PERSON, keptId, mergedId);
        assertThat(preview.clashes()).extracting(PlannedMove::reference).containsExactly(MergeReference.SAME_POSITION);
        long[] versions = transactions.execute(status -> new long[] {
                entityManager.find(Person.class, keptId).getVersion(), entityManager.find(Person.class, mergedId).getVersion()});

        merges.merge(RecordKind.PERSON, keptId, versions[0], mergedId, versions[1]);

        assertNothingRefersTo("people", mergedId);
        Person kept = transactions.execute(status -> {
            Person person = entityManager.find(Person.class, keptId);
            person.getAliases().size();
            return person;
        });
        assertThat(kept.getAliases()).containsExactly("홍길순", "Hong Gil-sun");
        HttpResponse<String> page = Http.get(port, "/people/personmerge-merged", "en");
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).hasValue("/people/personmerge-kept");
        assertThat(Http.get(port, "/api/v1/people/personmerge-merged", "en").statusCode()).isEqualTo(301);
        assertThat(evidenceOf(allPairs(RecordKind.PERSON), keptId, mergedId)).isEmpty();

        long mergeId = merges.merges(10).stream().filter(merge -> merge.mergedId() == mergedId).findFirst().orElseThrow().id();
        merges.unmerge(mergeId);

        assertThat(jdbc.sql("select person_id from positions where id = :id").param("id", mergedPosition).query(Long.class).single())
                .isEqualTo(mergedId);
        assertThat(jdbc.sql("select person_id from positions where id = :id").param("id", keptPosition).query(Long.class).single())
                .isEqualTo(keptId);
        assertThat(jdbc.sql("select count(*) from statements where person_id = :id").param("id", mergedId).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from person_aliases where person_id = :id").param("id", keptId).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select name_en from people where id = :id").param("id", mergedId).query(String.class).single())
                .isEqualTo("Hong Gil-sun");
        assertThat(Http.get(port, "/people/personmerge-merged", "en").statusCode()).isEqualTo(200);
    }

    @Test
    void aSlugMergedIntoARecordMergedInTurnLeadsToTheLastOneAndBackWhenThatMergeIsUndone() {
        Organization first = records.organization("chain-first", OrganizationKind.BANK);
        Organization second = records.organization("chain-second", OrganizationKind.BANK);
        Organization third = records.organization("chain-third", OrganizationKind.BANK);
        merges.merge(RecordKind.ORGANIZATION, second.getId(), fresh(second.getId()).getVersion(), first.getId(), fresh(first.getId()).getVersion());
        long secondIntoThird = merges.merge(RecordKind.ORGANIZATION, third.getId(), fresh(third.getId()).getVersion(),
                second.getId(), fresh(second.getId()).getVersion());

        assertThat(Http.get(port, "/organizations/chain-first", "en").headers().firstValue("Location")).hasValue("/organizations/chain-third");
        assertThat(Http.get(port, "/organizations/chain-second", "en").headers().firstValue("Location")).hasValue("/organizations/chain-third");

        merges.unmerge(secondIntoThird);

        assertThat(Http.get(port, "/organizations/chain-first", "en").headers().firstValue("Location")).hasValue("/organizations/chain-second");
        assertThat(Http.get(port, "/organizations/chain-second", "en").statusCode()).isEqualTo(200);
    }

    /** Every foreign key the catalog knows that points at the table: none of its rows names the removed record. */
    private void assertNothingRefersTo(String table, long id) {
        List<Map<String, Object>> keys = jdbc.sql("""
                        select c.conrelid::regclass::text as referring, a.attname as column_name
                        from pg_constraint c
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                        where c.contype = 'f' and c.confrelid = cast(:table as regclass)""")
                .param("table", table).query().listOfRows();
        assertThat(keys).hasSizeGreaterThanOrEqualTo(table.equals("organizations") ? 10 : 5);
        for (Map<String, Object> key : keys) {
            long rows = jdbc.sql("select count(*) from " + key.get("referring") + " where " + key.get("column_name") + " = :id")
                    .param("id", id).query(Long.class).single();
            assertThat(rows).as(key.get("referring") + "." + key.get("column_name")).isZero();
        }
    }

    private Organization named(String slug, String nameEn, String nameKo) {
        Organization organization = records.organization(slug, OrganizationKind.BANK);
        transactions.executeWithoutResult(status -> entityManager.find(Organization.class, organization.getId())
                .rename(Bilingual.of(nameKo, nameEn)));
        return organization;
    }

    private Organization fresh(long id) {
        return transactions.execute(status -> {
            Organization organization = entityManager.find(Organization.class, id);
            if (organization != null) {
                organization.getAliases().size();
            }
            return organization;
        });
    }

    /** Every pair, page after page, as the list's links lead. */
    private List<DuplicatePair> allPairs(RecordKind kind) {
        List<DuplicatePair> all = new java.util.ArrayList<>();
        DuplicatesPage page = duplicates.list(kind, DuplicateCursor.FIRST, 20);
        all.addAll(page.pairs());
        while (page.hasNext()) {
            page = duplicates.list(kind, page.next(), 20);
            all.addAll(page.pairs());
        }
        return all;
    }

    private long newestRevision() {
        return jdbc.sql("select max(rev) from revinfo").query(Long.class).single();
    }

    private static List<Evidence> evidenceOf(List<DuplicatePair> pairs, Organization one, Organization other) {
        return evidenceOf(pairs, one.getId(), other.getId());
    }

    private static List<Evidence> evidenceOf(List<DuplicatePair> pairs, long one, long other) {
        return pairs.stream().filter(pair -> pair.first().id() == Math.min(one, other) && pair.second().id() == Math.max(one, other))
                .flatMap(pair -> pair.evidence().stream()).toList();
    }
}
