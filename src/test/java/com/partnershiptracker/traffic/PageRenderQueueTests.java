package com.partnershiptracker.traffic;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests take a turn in the render queue, and that a crowd of readers larger than the turns is all answered. */
@SeededWebTest
class PageRenderQueueTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    AbstractHandlerMapping pages;

    @Autowired
    @Qualifier("resourceHandlerMapping")
    AbstractHandlerMapping staticFiles;

    @Test
    void publicPagesAndTheApiQueueWhileAdminExportsNetworkAndLookUpsDoNot() throws Exception {
        for (String queued : List.of("/timeline", "/agreements", "/organizations/kt", "/search", "/api/v1/agreements",
                "/agreements/1")) {
            assertThat(interceptorsOf(pages, queued)).as(queued).hasAtLeastOneElementOfType(PageRenderGate.class);
        }
        for (String free : List.of("/admin/agreements", "/agreements.csv", "/timeline.csv", "/network",
                "/api/v1/network", "/api/v1/lookup/organizations")) {
            assertThat(interceptorsOf(pages, free)).as(free).doesNotHaveAnyElementsOfTypes(PageRenderGate.class);
        }
        assertThat(interceptorsOf(staticFiles, "/css/app.css")).doesNotHaveAnyElementsOfTypes(PageRenderGate.class);
    }

    @Test
    void moreReadersAtOnceThanTurnsAreAllAnsweredInFull() {
        int readers = 4 * Runtime.getRuntime().availableProcessors() + 4;
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        IntStream.range(0, readers).forEach(i -> answers.add(CompletableFuture.supplyAsync(
                () -> Http.get(port, "/agreements?partner=kt&crowd=" + i, "en"))));

        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("</html>");
        }
    }

    private static List<HandlerInterceptor> interceptorsOf(AbstractHandlerMapping mapping, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        HandlerExecutionChain chain = mapping.getHandler(request);
        assertThat(chain).as(path).isNotNull();
        return chain.getInterceptorList();
    }
}
