package com.partnershiptracker.network;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.SeededPostgresTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The network as of a day, read from the agreements (not the summaries), with dates counted by their period. */
@SeededPostgresTest
class NetworkAsOfTests {

    @Autowired
    NetworkService network;

    @Autowired
    TestRecords records;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void anAgreementSignedInAMonthIsUncertainWithinItAndSureAfterItAndAnEndedOneDropsOut() {
        Source source = records.source("월 단위 협약");
        Organization bank = records.organization("asof-bank", OrganizationKind.BANK);
        Organization fintech = records.organization("asof-fintech", OrganizationKind.FINTECH);
        Organization telecom = records.organization("asof-telecom", OrganizationKind.TELECOM);
        records.agreement("Signed in August", PartialDate.ofMonth(2020, 8), source, bank, fintech);
        Agreement ended = records.agreement("Ended in 2021", PartialDate.ofDay(2019, 3, 4), source, bank, telecom);
        ended.endOn(PartialDate.ofYear(2021));
        records.flushAndClear();

        assertThat(edges("2020-07-31")).containsExactly("asof-bank–asof-telecom 1/0");
        assertThat(edges("2020-08-15")).containsExactlyInAnyOrder("asof-bank–asof-fintech 1/1", "asof-bank–asof-telecom 1/0");
        assertThat(edges("2020-09-01")).containsExactlyInAnyOrder("asof-bank–asof-fintech 1/0", "asof-bank–asof-telecom 1/0");
        assertThat(edges("2021-06-30")).containsExactlyInAnyOrder("asof-bank–asof-fintech 1/0", "asof-bank–asof-telecom 1/1");
        assertThat(edges("2022-01-01")).containsExactly("asof-bank–asof-fintech 1/0");

        NetworkGraph.Node bankNode = graph("2020-08-15").nodes().stream()
                .filter(node -> node.organization().slug().equals("asof-bank")).findFirst().orElseThrow();
        assertThat(bankNode.agreements()).isEqualTo(2);
        assertThat(bankNode.uncertainAgreements()).isEqualTo(1);
    }

    @Test
    void asOfADayIsNeverAnsweredFromTheSummariesForNowAndCostsTwoStatements() {
        NetworkFilter asOf = NetworkFilter.everything().readAsOf(LocalDate.of(2020, 8, 1));
        assertThat(NetworkService.isSummarized(asOf)).isFalse();
        assertThat(NetworkService.isSummarized(NetworkFilter.everything())).isTrue();
        network.graph(asOf.collapsingGroups()); // loads the group structure once
        assertThat(statements.countWhile(() -> network.graph(asOf.collapsingGroups()))).isEqualTo(2);
    }

    private NetworkGraph graph(String day) {
        return network.graph(new NetworkFilter(null, null, false, List.of("asof-bank"), false).readAsOf(LocalDate.parse(day)));
    }

    private List<String> edges(String day) {
        return graph(day).edges().stream()
                .map(e -> e.first().slug() + "–" + e.second().slug() + " " + e.agreementCount() + "/" + e.uncertainAgreements())
                .toList();
    }
}
