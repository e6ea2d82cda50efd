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
    }

    @Test
    void anEdgeJoinsTwoPartiesAndNamesTheirAgreements() {
        NetworkGraph graph = network.graph(NetworkFilter.everything());

        NetworkGraph.Edge kakao = edge(graph, "woori-bank", "kakao-pay");
        assertThat(kakao.agreementCount()).isEqualTo(1);
        assertThat(kakao.agreements()).singleElement().satisfies(agreement -> {
            assertThat(agreement.title().en()).contains("digital financial services");
            assertThat(agreement.date()).isEqualTo(PartialDate.ofDay(2020, 9, 10));
        });
        assertThat(graph.edges()).allSatisfy(e -> assertThat(e.first().id()).isLessThan(e.second().id()));
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
    void anUnknownPartnerHasAnEmptyNetworkNotTheWholeOne() {
        assertThat(network.graph(NetworkFilter.everything().around("no-such-partner", true)).isEmpty()).isTrue();
    }

    @Test
    void theGraphCostsTwoStatementsWhateverItsSize() {
        network.graph(NetworkFilter.everything().around("kakao-pay", false));
        int small = statements.countWhile(() -> network.graph(NetworkFilter.everything().around("kakao-pay", false)));
        int whole = statements.countWhile(() -> network.graph(NetworkFilter.everything()));

        assertThat(small).isEqualTo(2);
        assertThat(whole).isEqualTo(2);
    }

    @Test
    void beyondTheNodeLimitTheMostActiveOrganizationsAreKept() {
        Source source = records.source("Many partners");
        Organization hub = records.organization("test-hub", OrganizationKind.BANK);
        for (int i = 0; i < NetworkService.MAX_NODES; i++) {
            Organization spoke = records.organization("test-spoke-" + i, OrganizationKind.FINTECH);
            records.agreement("Spoke " + i, PartialDate.ofYear(2024), source, hub, spoke);
        }
        records.flush();

        NetworkGraph graph = network.graph(new NetworkFilter(PartialDate.ofYear(2024), null, false, List.of(), false));

        assertThat(graph.nodes()).hasSize(NetworkService.MAX_NODES);
        assertThat(graph.organizationsInRange()).isEqualTo(NetworkService.MAX_NODES + 1);
        assertThat(graph.isTruncated()).isTrue();
        assertThat(graph.nodes().get(0).organization().slug()).isEqualTo("test-hub");
        assertThat(graph.edges()).hasSize(NetworkService.MAX_NODES - 1);
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
