package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description of the relationships API and of asOf (dev profile, as ApiDocumentationTests). */
@SeededWebTest
@ActiveProfiles("dev")
class RelationshipsApiDocumentationTests {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void theApiDescriptionDescribesTheRelationshipsAndAsOf() {
        String body = Http.get(port, "/v3/api-docs", "en").body();
        assertThat((Map<String, Object>) JsonPath.read(body, "$.paths")).containsKey("/api/v1/organizations/{slug}/relationships");
        assertThat((List<String>) JsonPath.read(body, "$.paths['/api/v1/organizations/{slug}/relationships'].get.parameters[*].name"))
                .contains("kind", "sort", "dir", "page", "size", "asOf");
        assertThat((List<String>) JsonPath.read(body, "$.paths['/api/v1/network'].get.parameters[*].name")).contains("asOf");
        assertThat((List<String>) JsonPath.read(body, "$.paths['/api/v1/organizations/{slug}'].get.parameters[*].name")).contains("asOf");
        assertThat(body).contains("uncertainAgreements").contains("RelationshipJson").contains("heldAsOf");
    }

}
