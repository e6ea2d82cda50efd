package com.partnershiptracker.network;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SeededPostgresTest
class NetworkServiceTests {

    static final PartialDate TEST_YEAR = PartialDate.ofYear(2031);
    static final NetworkFilter IN_TEST_YEAR = new NetworkFilter(TEST_YEAR, TEST_YEAR, false, List.of(), false);

    @Autowired
    NetworkService network;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    TestRecords records;

    @Test
    void everyPartyToASeededAgreementIsANodeSizedByItsAgreements() {
        NetworkGraph graph = network.graph(NetworkFilter.everything());

        assertThat(slugs(graph)).contains("kt", "kakao-pay", "woori-bank", "naver", "bc-card");
        assertThat(node(graph, "kakao-pay").agreements()).isEqualTo(1);
        assertThat(node(graph, "woori-bank").agreements()).isGreaterThan(node(graph, "kakao-pay").agreements());
        assertThat(graph.isTruncated()).isFalse();
        assertThat(graph.hiddenOrganizations()).isZero();
    }

    @Test
    void anEdgeIsWeighedByTheAgreementsBothOrganizationsArePartiesTo() {
        Source source = records.source("Weights");
        Organization bank = records.organization("test-bank", OrganizationKind.BANK);
        Organization pay = records.organization("test-pay", OrganizationKind.FINTECH);
        Organization telecom = records.organization("test-telecom", OrganizationKind.TELECOM);
        records.agreement("Bank and pay 1", TEST_YEAR, source, bank, pay);
        records.agreement("Bank and pay 2", TEST_YEAR, source, bank, pay);
        records.agreement("All three", TEST_YEAR, source, bank, pay, telecom);
        records.flush();

        NetworkGraph graph = network.graph(IN_TEST_YEAR);

        assertThat(edge(graph, "test-bank", "test-pay").agreementCount()).isEqualTo(3);
        assertThat(edge(graph, "test-bank", "test-telecom").agreementCount()).isEqualTo(1);
        assertThat(edge(graph, "test-pay", "test-telecom").agreementCount()).isEqualTo(1);
        assertThat(graph.edges()).extracting(NetworkGraph.Edge::agreementCount).containsExactly(3L, 1L, 1L);
        assertThat(graph.edges()).allSatisfy(e -> assertThat(e.first().id()).isLessThan(e.second().id()));
        assertThat(node(graph, "test-bank").agreements()).isEqualTo(3);
        assertThat(node(graph, "test-bank").connections()).isEqualTo(4);
        assertThat(graph.connectionsAmongNodes()).isEqualTo(3);
    }

    @Test
    void theMostConnectedComeFirstAndTheLimitSaysHowManyAreHidden() {
        Source source = records.source("Many partners");
        Organization hub = records.organization("test-hub", OrganizationKind.BANK);
        Organization busy = records.organization("test-busy", OrganizationKind.CARD_COMPANY);
        Organization other = records.organization("test-other", OrganizationKind.CARD_COMPANY);
        // Two bilateral agreements: 2 agreements, 2 connections. One agreement of five: 1 agreement, 4 connections.
        records.agreement("Busy 1", TEST_YEAR, source, busy, other);
        records.agreement("Busy 2", TEST_YEAR, source, busy, other);
        for (int i = 0; i < 12; i++) {
            Organization spoke = records.organization("test-spoke-" + i, OrganizationKind.FINTECH);
            records.agreement("Spoke " + i, TEST_YEAR, source, hub, spoke);
        }
        Organization wide = records.organization("test-wide", OrganizationKind.PLATFORM);
        records.agreement("Wide", TEST_YEAR, source, wide, records.organization("test-w1", OrganizationKind.OTHER),
                records.organization("test-w2", OrganizationKind.OTHER), records.organization("test-w3", OrganizationKind.OTHER),
                records.organization("test-w4", OrganizationKind.OTHER));
        records.flush();

        NetworkGraph graph = network.graph(IN_TEST_YEAR.limitedTo(3));

        assertThat(slugs(graph)).containsExactly("test-hub", "test-w1", "test-w2");
        assertThat(node(graph, "test-hub").connections()).isEqualTo(12);
        assertThat(graph.organizationsInRange()).isEqualTo(3 + 12 + 5);
        assertThat(graph.hiddenOrganizations()).isEqualTo(17);
        assertThat(graph.isTruncated()).isTrue();
        assertThat(slugs(network.graph(IN_TEST_YEAR.limitedTo(20)))).containsSubsequence("test-wide", "test-busy");
    }

    @Test
    void aCentreComesFirstWithItsNeighboursByTheAgreementsTheyShareWithIt() {
        Source source = records.source("Centre");
        Organization centre = records.organization("test-centre", OrganizationKind.BANK);
        Organization close = records.organization("test-close", OrganizationKind.FINTECH);
        Organization far = records.organization("test-far", OrganizationKind.FINTECH);
        Organization stranger = records.organization("test-stranger", OrganizationKind.FINTECH);
        records.agreement("Close 1", TEST_YEAR, source, centre, close);
        records.agreement("Close 2", TEST_YEAR, source, centre, close);
        records.agreement("Far", TEST_YEAR, source, centre, far);
        for (int i = 0; i < 5; i++) {
            records.agreement("Busy elsewhere " + i, TEST_YEAR, source, far, stranger);
        }
        records.flush();

        NetworkGraph graph = network.graph(IN_TEST_YEAR.centredOn(centre.getId()));

        assertThat(slugs(graph)).containsExactly("test-centre", "test-close", "test-far");
        assertThat(edge(graph, "test-centre", "test-close").agreementCount()).isEqualTo(2);
        assertThat(graph.edges()).hasSize(2);
        assertThat(slugs(network.graph(IN_TEST_YEAR.centredOn(centre.getId()).limitedTo(2))))
                .containsExactly("test-centre", "test-close");
    }

    @Test
    void collapsedGroupsAreOneNodeNamedAfterTheTopOrganizationCarryingTheirEdges() {
        Source source = records.source("Groups");
        Organization group = records.organization("test-group", OrganizationKind.FINANCIAL_GROUP);
        Organization bank = records.organization("test-group-bank", OrganizationKind.BANK, group);
        Organization unit = records.organization("test-group-unit", OrganizationKind.INTERNAL_UNIT, bank);
        Organization card = records.organization("test-group-card", OrganizationKind.CARD_COMPANY, group);
        Organization pay = records.organization("test-pay", OrganizationKind.FINTECH);
        records.agreement("Bank and pay", TEST_YEAR, source, bank, pay);
        records.agreement("Unit and pay", TEST_YEAR, source, unit, pay);
        records.agreement("Card and pay", TEST_YEAR, source, card, pay);
        records.agreement("Within the group", TEST_YEAR, source, bank, card);
        records.flush();

        NetworkGraph separate = network.graph(IN_TEST_YEAR);
        NetworkGraph grouped = network.graph(IN_TEST_YEAR.collapsingGroups());

        assertThat(slugs(separate)).contains("test-group-bank", "test-group-unit", "test-group-card").doesNotContain("test-group");
        assertThat(slugs(grouped)).containsExactlyInAnyOrder("test-group", "test-pay");
        assertThat(node(grouped, "test-group").agreements()).isEqualTo(4);
        assertThat(node(grouped, "test-group").organization().kind()).isEqualTo(OrganizationKind.FINANCIAL_GROUP);
        assertThat(grouped.edges()).singleElement().satisfies(e -> assertThat(e.agreementCount()).isEqualTo(3));
        assertThat(node(grouped, "test-pay").connections()).isEqualTo(3);
    }

    @Test
    void aYearRangeKeepsOnlyAgreementsDatedInIt() {
        NetworkGraph in2020 = network.graph(new NetworkFilter(PartialDate.ofYear(2020), PartialDate.ofYear(2020), false,
                List.of(), false));
        NetworkGraph later = network.graph(new NetworkFilter(PartialDate.ofYear(2023), null, false, List.of(), false));

        assertThat(slugs(in2020)).contains("kt", "kakao-pay");
        assertThat(later.isEmpty()).isTrue();
        assertThat(later.edges()).isEmpty();
    }

    @Test
    void internalUnitsCanBeHidden() {
        Source source = records.source("Internal unit signs");
        Organization unit = records.organization("test-digital-unit", OrganizationKind.INTERNAL_UNIT);
        Organization partner = records.organization("test-partner", OrganizationKind.FINTECH);
        records.agreement("Unit MOU", PartialDate.ofMonth(2021, 3), source, unit, partner);
        records.flush();

        assertThat(slugs(network.graph(NetworkFilter.everything()))).contains("test-digital-unit", "test-partner");
        NetworkGraph hidden = network.graph(new NetworkFilter(null, null, true, List.of(), false));
        assertThat(slugs(hidden)).doesNotContain("test-digital-unit").contains("kt");
        assertThat(hidden.edges()).noneSatisfy(e -> assertThat(e.first().slug() + e.second().slug()).contains("test-digital-unit"));
    }

    @Test
    void aPartnersNetworkHoldsThePartnerAndItsCounterpartsOnly() {
        NetworkGraph kakao = network.graph(NetworkFilter.everything().around("kakao-pay", false));

        assertThat(slugs(kakao)).containsExactly("kakao-pay", "woori-bank");
        assertThat(kakao.edges()).singleElement().satisfies(e -> assertThat(e.agreementCount()).isEqualTo(1));
    }

    @Test
    void aCentreIsFoundBySlugOrByName() {
        assertThat(network.findCentre("kakao-pay")).hasValueSatisfying(c -> assertThat(c.slug()).isEqualTo("kakao-pay"));
        assertThat(network.findCentre("  Kakao Pay ")).hasValueSatisfying(c -> assertThat(c.slug()).isEqualTo("kakao-pay"));
        assertThat(network.findCentre("카카오페이")).hasValueSatisfying(c -> assertThat(c.slug()).isEqualTo("kakao-pay"));
        assertThat(network.findCentre("no such organization")).isEmpty();
    }

    @Test
    void anUnknownPartnerHasAnEmptyNetworkNotTheWholeOne() {
        assertThat(network.graph(NetworkFilter.everything().around("no-such-partner", true)).isEmpty()).isTrue();
    }

    @Test
    void theGraphCostsTwoStatementsWhateverItsSizeAndShape() {
        long kakao = network.findCentre("kakao-pay").orElseThrow().id();
        network.graph(NetworkFilter.everything().around("kakao-pay", false));
        int small = statements.countWhile(() -> network.graph(NetworkFilter.everything().around("kakao-pay", false)));
        int whole = statements.countWhile(() -> network.graph(NetworkFilter.everything()));
        int shaped = statements.countWhile(() -> network.graph(new NetworkFilter(PartialDate.ofYear(2015), null, true,
                List.of(), false).collapsingGroups().centredOn(kakao).limitedTo(NetworkFilter.MAX_LIMIT)));

        Source source = records.source("More data");
        Organization hub = records.organization("test-hub", OrganizationKind.BANK);
        for (int i = 0; i < 40; i++) {
            records.agreement("More " + i, TEST_YEAR, source, hub, records.organization("test-more-" + i, OrganizationKind.FINTECH));
        }
        records.flush();
        network.graph(NetworkFilter.everything()); // the group structure, reloaded once after the new organizations
        int larger = statements.countWhile(() -> network.graph(NetworkFilter.everything().collapsingGroups()));

        assertThat(List.of(small, whole, shaped, larger)).containsOnly(2);
    }

    @Test
    void theLimitIsBoundedWhateverIsAsked() {
        assertThat(NetworkFilter.everything().limit()).isEqualTo(NetworkFilter.DEFAULT_LIMIT);
        assertThat(NetworkFilter.everything().limitedTo(0).limit()).isEqualTo(NetworkFilter.DEFAULT_LIMIT);
        assertThat(NetworkFilter.everything().limitedTo(-3).limit()).isEqualTo(NetworkFilter.DEFAULT_LIMIT);
        assertThat(NetworkFilter.everything().limitedTo(1).limit()).isEqualTo(1);
        assertThat(NetworkFilter.everything().limitedTo(1_000_000).limit()).isEqualTo(NetworkFilter.MAX_LIMIT);
    }

    @Test
    void edgesBeyondTheirMaximumAreCountedNotGiven() {
        Source source = records.source("Dense");
        Organization[] members = new Organization[48];
        for (int i = 0; i < members.length; i++) {
            members[i] = records.organization("test-dense-" + i, OrganizationKind.FINTECH);
        }
        // 48 parties to one agreement: 1,128 pairs, past the edges kept for 50 nodes (250) and for 200 (1,000).
        records.agreement("Everyone", TEST_YEAR, source, members);
        records.flush();

        NetworkGraph graph = network.graph(IN_TEST_YEAR);

        assertThat(NetworkService.maxEdges(IN_TEST_YEAR)).isEqualTo(250);
        assertThat(graph.edges()).hasSize(250);
        assertThat(network.graph(IN_TEST_YEAR.limitedTo(NetworkFilter.MAX_LIMIT)).edges()).hasSize(NetworkService.MAX_EDGES);
        assertThat(graph.connectionsAmongNodes()).isEqualTo(48 * 47 / 2);
        assertThat(graph.isEdgesTruncated()).isTrue();
    }

    private static List<String> slugs(NetworkGraph graph) {
        return graph.nodes().stream().map(node -> node.organization().slug()).toList();
    }

    private static NetworkGraph.Node node(NetworkGraph graph, String slug) {
        return graph.nodes().stream().filter(n -> n.organization().slug().equals(slug)).findFirst().orElseThrow();
    }

    private static NetworkGraph.Edge edge(NetworkGraph graph, String one, String other) {
        return graph.edges().stream()
                .filter(e -> List.of(e.first().slug(), e.second().slug()).containsAll(List.of(one, other)))
                .findFirst().orElseThrow();
    }
}
