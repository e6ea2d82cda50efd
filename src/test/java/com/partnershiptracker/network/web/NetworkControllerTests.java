package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkFilter;
import com.partnershiptracker.network.NetworkGraph;
import com.partnershiptracker.network.NetworkService;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.web.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({NetworkController.class, NetworkApiController.class})
@Import({Display.class, SliceSecurity.class})
class NetworkControllerTests {

    static final OrganizationRef BANK = new OrganizationRef(1, "test-bank", Bilingual.of("테스트은행", "Test <Bank>"), OrganizationKind.BANK);
    static final OrganizationRef PAY = new OrganizationRef(2, "test-pay", Bilingual.of("테스트페이", "Test Pay"), OrganizationKind.FINTECH);
    static final NetworkGraph GRAPH = new NetworkGraph(
            List.of(new NetworkGraph.Node(BANK, 7), new NetworkGraph.Node(PAY, 1)),
            List.of(new NetworkGraph.Edge(BANK, PAY, 7, List.of(new NetworkGraph.AgreementRef(42,
                    Bilingual.of("결제 협약", "Payments MOU"), PartialDate.ofMonth(2020, 7))))),
            2);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NetworkService network;

    @Test
    void thePageShowsTheGraphAndTheSameDataAsEscapedTables() throws Exception {
        when(network.graph(any())).thenReturn(GRAPH);

        mvc.perform(get("/network").param("from", "2020").param("internal", "hide").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name(NetworkController.VIEW))
                .andExpect(content().string(containsString("data-network-source=\"/api/v1/network?from=2020&amp;internal=hide\"")))
                .andExpect(content().string(containsString("href=\"/organizations/test-pay\"")))
                .andExpect(content().string(containsString("Test &lt;Bank&gt;")))
                .andExpect(content().string(not(containsString("Test <Bank>"))))
                .andExpect(content().string(containsString("href=\"/agreements/42\"")))
                .andExpect(content().string(containsString("(July 2020)")))
                .andExpect(content().string(containsString("and 6 more")))
                .andExpect(content().string(containsString("/webjars/cytoscape/")));
        verify(network).graph(new NetworkFilter(PartialDate.ofYear(2020), null, true, List.of(), false));
    }

    @Test
    void anEmptyNetworkSaysWhatToDoNext() throws Exception {
        when(network.graph(any())).thenReturn(new NetworkGraph(List.of(), List.of(), 0));

        mvc.perform(get("/network").param("from", "2030").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"empty-state\"")))
                .andExpect(content().string(containsString("Widen the range")))
                .andExpect(content().string(not(containsString("data-network-source"))));
    }

    @Test
    void aTruncatedNetworkSaysHowManyAreLeftOut() throws Exception {
        when(network.graph(any())).thenReturn(new NetworkGraph(GRAPH.nodes(), GRAPH.edges(), 900));

        mvc.perform(get("/network").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing the 2 most active of 900 organizations")));
    }

    @Test
    void anUnreadableYearIsABadRequestOnThePageAndInTheApi() throws Exception {
        mvc.perform(get("/network").param("from", "twenty")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/network").param("to", "2020-13")).andExpect(status().isBadRequest());
    }

    @Test
    void theApiGivesNodesAndEdgesWithBothLanguagesAndPartialDates() throws Exception {
        when(network.graph(any())).thenReturn(GRAPH);

        mvc.perform(get("/api/v1/network").param("partner", "test-pay").param("affiliates", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[0].slug").value("test-bank"))
                .andExpect(jsonPath("$.nodes[0].nameKo").value("테스트은행"))
                .andExpect(jsonPath("$.nodes[0].kind").value("BANK"))
                .andExpect(jsonPath("$.nodes[0].agreements").value(7))
                .andExpect(jsonPath("$.nodes[1].url").value("/organizations/test-pay"))
                .andExpect(jsonPath("$.edges[0].source").value("test-bank"))
                .andExpect(jsonPath("$.edges[0].target").value("test-pay"))
                .andExpect(jsonPath("$.edges[0].agreementCount").value(7))
                .andExpect(jsonPath("$.edges[0].agreements[0].date.date").value("2020-07"))
                .andExpect(jsonPath("$.edges[0].agreements[0].date.precision").value("MONTH"))
                .andExpect(jsonPath("$.truncated").value(false));
        verify(network).graph(new NetworkFilter(null, null, false, List.of("test-pay"), true));
    }

    @Test
    void whileTheDatabaseIsOutOfReachThePageAndTheApiSay503WithRetryAfter() throws Exception {
        when(network.graph(any())).thenThrow(new CannotGetJdbcConnectionException("Connection refused"));

        mvc.perform(get("/network").header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(view().name("error/503"))
                .andExpect(content().string(containsString("The record is out of reach for a moment")))
                .andExpect(content().string(not(containsString("Connection refused"))));
        mvc.perform(get("/api/v1/network").header("Accept-Language", "ko"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value(containsString("데이터베이스")));
    }

    @Test
    void aTransactionThatCannotStartIsA503Too() throws Exception {
        when(network.graph(any())).thenThrow(new CannotCreateTransactionException("no connection"));

        mvc.perform(get("/network")).andExpect(status().isServiceUnavailable());
    }
}
