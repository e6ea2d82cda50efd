package com.partnershiptracker.network;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementParty;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.NetworkSummaryTables;
import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network read from the summary tables is the network aggregated from the agreements, for
 * every filter the summaries answer, on the seed and after each of many random saves.
 */
@SeededPostgresTest
class NetworkSummariesTests {

    @Autowired
    NetworkService network;

    @Autowired
    TestRecords records;

    @Autowired
    AgreementService agreementService;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void theSeedsSummariesGiveTheAggregatedNetwork() {
        assertSummariesAgreeWithTheAgreements("the seed");
    }

    @Test
    void everySaveKeepsTheSummariesGivingTheAggregatedNetwork() {
        Random random = new Random(15);
        Source source = records.source("Summaries");
        Organization group = records.organization("sum-group", OrganizationKind.FINANCIAL_GROUP);
        List<Organization> organizations = new ArrayList<>(List.of(group,
                records.organization("sum-bank", OrganizationKind.BANK, group),
                records.organization("sum-unit", OrganizationKind.INTERNAL_UNIT, group),
                records.organization("sum-pay", OrganizationKind.FINTECH),
                records.organization("sum-telecom", OrganizationKind.TELECOM)));
        organizations.addAll(entityManager.createQuery("select o from Organization o where o.slug not like 'sum-%'",
                Organization.class).setMaxResults(8).getResultList());
        List<Long> agreements = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            List<Organization> parties = new ArrayList<>(organizations);
            Collections.shuffle(parties, random);
            agreements.add(records.agreement("Sum " + i, randomYear(random), source,
                    parties.subList(0, 2 + random.nextInt(3)).toArray(Organization[]::new)).getId());
        }
        records.flush();
        assertSummariesAgreeWithTheAgreements("after adding twelve agreements");

        for (int edit = 0; edit < 24; edit++) {
            Agreement agreement = entityManager.find(Agreement.class, agreements.get(random.nextInt(agreements.size())));
            String what = switch (edit % 6) {
                case 0 -> {
                    Organization other = pick(organizations, random);
                    if (!agreement.isParty(other)) {
                        agreement.addParty(other, PartyRole.OTHER);
                    }
                    yield "a party added to " + agreement.getId();
                }
                case 1 -> {
                    List<AgreementParty> kept = new ArrayList<>(agreement.getParties());
                    if (kept.size() > Agreement.MINIMUM_PARTIES) {
                        kept.remove(random.nextInt(kept.size()));
                    }
                    agreement.replaceParties(kept);
                    yield "a party removed from " + agreement.getId();
                }
                case 2 -> {
                    PartialDate signed = switch (random.nextInt(3)) {
                        case 0 -> null;
                        case 1 -> randomYear(random);
                        default -> PartialDate.ofDay(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    };
                    agreement.redate(null, signed, null, null);
                    yield "agreement " + agreement.getId() + " redated";
                }
                case 3 -> {
                    Organization organization = pick(organizations, random);
                    organization.reclassify(organization.getKind() == OrganizationKind.INTERNAL_UNIT
                            ? OrganizationKind.OTHER : OrganizationKind.INTERNAL_UNIT);
                    yield organization.getSlug() + " reclassified";
                }
                case 4 -> {
                    Organization organization = organizations.get(1 + random.nextInt(4));
                    organization.placeUnder(organization.getParent() == null ? group : null);
                    yield organization.getSlug() + " moved";
                }
                default -> {
                    agreements.remove(agreement.getId());
                    agreementService.delete(agreement.getId());
                    yield "agreement " + agreement.getId() + " deleted";
                }
            };
            records.flush();
            assertSummariesAgreeWithTheAgreements(what);
        }
    }

    @Test
    void theSummarizedNetworkTakesTwoStatementsWhateverItsSize() {
        int whole = statements.countWhile(() -> network.graph(NetworkFilter.everything().limitedTo(200)));
        int years = statements.countWhile(() -> network.graph(new NetworkFilter(PartialDate.ofYear(2015),
                PartialDate.ofYear(2025), true, List.of(), false).collapsingGroups()));

        assertThat(whole).isEqualTo(2);
        assertThat(years).isEqualTo(2);
    }

    private void assertSummariesAgreeWithTheAgreements(String after) {
        for (String pair : NetworkSummaryTables.PAIRS) {
            String[] tableAndView = pair.split(":");
            assertThat(NetworkSummaryTables.differences(jdbc, tableAndView[0], tableAndView[1])).as("%s: %s against %s", after, tableAndView[0],
                    tableAndView[1]).isZero();
        }
        for (NetworkFilter filter : summarizedFilters()) {
            assertThat(NetworkService.isSummarized(filter)).isTrue();
            assertThat(network.graphFromSummaries(filter)).as("%s: %s", after, filter)
                    .isEqualTo(network.aggregatedGraph(filter));
        }
    }

    private static List<NetworkFilter> summarizedFilters() {
        List<NetworkFilter> filters = new ArrayList<>();
        List<PartialDate[]> ranges = List.of(new PartialDate[] {null, null},
                new PartialDate[] {PartialDate.ofYear(2015), null},
                new PartialDate[] {null, PartialDate.ofYear(2020)},
                new PartialDate[] {PartialDate.ofYear(2010), PartialDate.ofMonth(2024, 12)},
                new PartialDate[] {PartialDate.ofDay(2021, 1, 1), PartialDate.ofDay(2021, 12, 31)});
        for (PartialDate[] range : ranges) {
            for (boolean hideInternalUnits : new boolean[] {false, true}) {
                NetworkFilter filter = new NetworkFilter(range[0], range[1], hideInternalUnits, List.of(), false);
                filters.add(filter);
                filters.add(filter.collapsingGroups());
                filters.add(filter.limitedTo(3));
                filters.add(filter.collapsingGroups().limitedTo(2));
            }
        }
        return filters;
    }

    private static PartialDate randomYear(Random random) {
        return PartialDate.ofYear(2000 + random.nextInt(30));
    }

    private static Organization pick(List<Organization> organizations, Random random) {
        return organizations.get(random.nextInt(organizations.size()));
    }
}
