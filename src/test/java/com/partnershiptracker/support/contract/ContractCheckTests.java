package com.partnershiptracker.support.contract;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract check finds what it must and nothing else; the response copy leaves the response as it was. */
class ContractCheckTests {

    private static final String DESCRIPTION = """
            openapi: 3.0.1
            info: {title: t, version: v1}
            paths:
              /api/v1/things/{id}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
                    - {name: size, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
                    - {name: sort, in: query, schema: {type: string, enum: [NEWEST_FIRST, TITLE]}}
                    - {name: all, in: query, schema: {type: boolean}}
                  responses:
                    '200':
                      description: one thing
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [id, name]
                            properties:
                              id: {type: integer}
                              name: {type: string}
                              note: {type: string, nullable: true}
                    '400':
                      description: a bad request
                      content:
                        application/problem+json:
                          schema:
                            type: object
                            properties:
                              status: {type: integer}
                              detail: {type: string}
            """;

    private final ApiContract contract = ApiContract.of(DESCRIPTION);

    @Test
    void acceptsAnAnswerTheDescriptionGives() {
        assertThat(contract.mismatch(SimpleRequest.Builder.get("/api/v1/things/3").build(),
                json(200, "{\"id\":3,\"name\":\"a\",\"note\":null}"))).isEmpty();
    }

    @Test
    void takesAChoiceOrASwitchWrittenInAnotherCaseAsTheDescribedOne() {
        for (String query : new String[] {"sort=title", "sort=newest-first", "sort=Newest_First", "all=TRUE", "all=False"}) {
            String[] parameter = query.split("=");
            assertThat(contract.mismatch(SimpleRequest.Builder.get("/api/v1/things/3").withQueryParam(parameter[0], parameter[1]).build(),
                    json(200, "{\"id\":3,\"name\":\"a\",\"note\":null}"))).as(query).isEmpty();
        }
    }

    @Test
    void findsAChoiceOrSwitchOutsideTheDescriptionAnswered200() {
        for (String query : new String[] {"sort=titles", "sort=newest", "all=yes"}) {
            String[] parameter = query.split("=");
            assertThat(contract.mismatch(SimpleRequest.Builder.get("/api/v1/things/3").withQueryParam(parameter[0], parameter[1]).build(),
                    json(200, "{\"id\":3,\"name\":\"a\",\"note\":null}"))).as(query)
                    .hasValueSatisfying(report -> assertThat(report).contains("the description rejects the request"));
        }
    }

    @Test
    void findsANullWhereTheDescriptionPromisesAString() {
        assertThat(contract.mismatch(SimpleRequest.Builder.get("/api/v1/things/3").build(),
                json(200, "{\"id\":3,\"name\":null}")))
                .hasValueSatisfying(report -> assertThat(report).contains("GET /api/v1/things/3 -> 200", "/name"));
    }

    @Test
    void findsAPropertyTheDescriptionDoesNotName() {
        assertThat(contract.mismatch(SimpleRequest.Builder.get("/api/v1/things/3").build(),
                json(200, "{\"id\":3,\"name\":\"a\",\"secret\":1}"))).hasValueSatisfying(report -> assertThat(report).contains("secret"));
    }

    @Test
    void findsAStatusTheDescriptionDoesNotGive() {
        assertThat(contract.mismatch(SimpleRequest.Builder.get("/api/v1/things/9").build(),
                json(404, "{\"status\":404}"))).hasValueSatisfying(report -> assertThat(report).contains("404"));
    }

    @Test
    void findsABadRequestThatWasAnsweredAsIfItWereGood() {
        assertThat(contract.mismatch(SimpleRequest.Builder.get("/api/v1/things/3").withQueryParam("size", "0").build(),
                json(200, "{\"id\":3,\"name\":\"a\"}")))
                .hasValueSatisfying(report -> assertThat(report).contains("the description rejects the request", "size=0"));
    }

    @Test
    void acceptsABadRequestAnsweredWithTheDescribedProblem() {
        assertThat(contract.mismatch(SimpleRequest.Builder.get("/api/v1/things/3").withQueryParam("size", "x").build(),
                SimpleResponse.Builder.status(400).withContentType("application/problem+json")
                        .withBody("{\"status\":400,\"detail\":\"size is a number\"}").build())).isEmpty();
    }

    @Test
    void leavesRequestsOutsideTheDescriptionAlone() {
        assertThat(contract.mismatch(SimpleRequest.Builder.get("/api/v1/nothing").build(), json(404, "{}"))).isEmpty();
        assertThat(contract.mismatch(SimpleRequest.Builder.delete("/api/v1/things/3").build(), json(405, "{}"))).isEmpty();
    }

    @Test
    void copiesAJsonBodyWhilePassingItThrough() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ResponseTee tee = new ResponseTee(response);
        tee.setContentType("application/json;charset=UTF-8");
        tee.getWriter().write("{\"name\":\"우리\"}");
        tee.flushBuffer();
        assertThat(response.getContentAsString()).isEqualTo("{\"name\":\"우리\"}");
        assertThat(tee.jsonBody()).contains("{\"name\":\"우리\"}");
    }

    @Test
    void streamsOtherBodiesWithoutKeepingThem() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ResponseTee tee = new ResponseTee(response);
        tee.setContentType("application/zip");
        tee.getOutputStream().write(new byte[] {'P', 'K', 3, 4});
        assertThat(response.getContentAsByteArray()).containsExactly('P', 'K', 3, 4);
        assertThat(tee.jsonBody()).isEmpty();
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
    }
}
