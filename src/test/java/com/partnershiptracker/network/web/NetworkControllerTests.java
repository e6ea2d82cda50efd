package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkFilter;
import com.partnershiptracker.network.NetworkGraph;
import com.partnershiptracker.network.NetworkService;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.security.SliceSecurity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
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
            List.of(new NetworkGraph.Node(BANK, 7, 9), new NetworkGraph.Node(PAY, 1, 1)),
            List.of(new NetworkGraph.Edge(BANK, PAY, 7)), 2, 1);

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
                .andExpect(content().string(containsString("href=\"/network?from=2020&amp;internal=hide&amp;centre=test-pay\"")))
                .andExpect(content().string(containsString("/webjars/cytoscape/")));
        verify(network).graph(new NetworkFilter(PartialDate.ofYear(2020), null, true, List.of(), false));
    }

    @Test
    void anEmptyNetworkSaysWhatToDoNext() throws Exception {
        when(network.graph(any())).thenReturn(NetworkGraph.empty());

        mvc.perform(get("/network").param("from", "2030").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"empty-state\"")))
                .andExpect(content().string(containsString("Widen the range")))
                .andExpect(content().string(not(containsString("data-network-source"))));
    }

    @Test
    void aTruncatedNetworkSaysHowManyAreLeftOut() throws Exception {
        when(network.graph(any())).thenReturn(new NetworkGraph(GRAPH.nodes(), GRAPH.edges(), 900, 1));

        mvc.perform(get("/network").param("from", "2020").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing the 2 most connected of 900 organizations: 898 are hidden by the limit")))
                .andExpect(content().string(containsString("href=\"/network?from=2020&amp;limit=100\"")))
                .andExpect(content().string(containsString("Show the 100 most connected")));
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
                .andExpect(jsonPath("$.nodes[0].connections").value(9))
                .andExpect(jsonPath("$.edges[0].agreementCount").value(7))
                .andExpect(jsonPath("$.edges[0].agreements").doesNotExist())
                .andExpect(jsonPath("$.hiddenOrganizations").value(0))
                .andExpect(jsonPath("$.truncated").value(false));
        verify(network).graph(new NetworkFilter(null, null, false, List.of("test-pay"), true));
    }

    @Test
    void theLimitIsKeptWithinItsBoundsOnThePageAndRefusedOutsideThemByTheApi() throws Exception {
        when(network.graph(any())).thenReturn(GRAPH);

        mvc.perform(get("/network").param("limit", "100")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-network-source=\"/api/v1/network?limit=100\"")));
        mvc.perform(get("/network").param("limit", "999999999999")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"200\" selected=\"selected\"")));
        mvc.perform(get("/api/v1/network").param("limit", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/network").param("limit", "-5")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/network").param("limit", "201")).andExpect(status().isBadRequest());
        mvc.perform(get("/network").param("limit", "lots")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/network").param("limit", "12.5")).andExpect(status().isBadRequest());

        verify(network).graph(NetworkFilter.everything().limitedTo(100));
        verify(network).graph(NetworkFilter.everything().limitedTo(NetworkFilter.MAX_LIMIT));
        verify(network, never()).graph(NetworkFilter.everything());
    }

    @Test
    void groupsAreCollapsedWhenAsked() throws Exception {
        when(network.graph(any())).thenReturn(GRAPH);

        mvc.perform(get("/network").param("groups", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-network-source=\"/api/v1/network?groups=true\"")));
        mvc.perform(get("/api/v1/network").param("groups", "true")).andExpect(status().isOk());

        verify(network, times(2)).graph(NetworkFilter.everything().collapsingGroups());
    }

    @Test
    void aCentreIsFoundByNameAndPutFirst() throws Exception {
        when(network.findCentre("Test Pay")).thenReturn(Optional.of(PAY));
        when(network.graph(any())).thenReturn(GRAPH);

        mvc.perform(get("/network").param("centre", " Test Pay ").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Centred on Test Pay")))
                .andExpect(content().string(containsString("data-network-source=\"/api/v1/network?centre=Test%20Pay\"")));
        mvc.perform(get("/api/v1/network").param("centre", "Test Pay")).andExpect(status().isOk());

        verify(network, times(2)).graph(NetworkFilter.everything().centredOn(PAY.id()));
    }

    @Test
    void anUnknownCentreIsSaidPlainlyNotA500() throws Exception {
        when(network.findCentre(any())).thenReturn(Optional.empty());

        mvc.perform(get("/network").param("centre", "Nobody <Inc>").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No organization is called &quot;Nobody &lt;Inc&gt;&quot;")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(not(containsString("data-network-source"))));
        mvc.perform(get("/network").param("centre", "Nobody").header("Accept-Language", "ko"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("기관이 없습니다")));
        mvc.perform(get("/api/v1/network").param("centre", "Nobody").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("No organization is called \"Nobody\"")));
        verify(network, never()).graph(any());
    }

    @Test
    void theTablesArePagedEachKeepingTheOthersPage() throws Exception {
        List<NetworkGraph.Node> nodes = new ArrayList<>();
        List<NetworkGraph.Edge> edges = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            OrganizationRef organization = new OrganizationRef(100 + i, "org-" + i, Bilingual.of(null, "Org " + i), OrganizationKind.BANK);
            nodes.add(new NetworkGraph.Node(organization, 50 - i, 50 - i));
            edges.add(new NetworkGraph.Edge(BANK, organization, 50 - i));
        }
        when(network.graph(any())).thenReturn(new NetworkGraph(nodes, edges, 45, 45));

        mvc.perform(get("/network").param("page", "2").param("cpage", "3").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Org 21<")))
                .andExpect(content().string(containsString(">Org 40<")))
                .andExpect(content().string(not(containsString(">Org 20<"))))
                .andExpect(content().string(not(containsString(">Org 10<"))))
                .andExpect(content().string(containsString("href=\"/network?page=3&amp;cpage=3\"")))
                .andExpect(content().string(containsString("href=\"/network?cpage=3\"")))
                .andExpect(content().string(containsString("href=\"/network?page=2&amp;cpage=2\"")));
        mvc.perform(get("/network").param("page", "99")).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Org 41<")));
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
