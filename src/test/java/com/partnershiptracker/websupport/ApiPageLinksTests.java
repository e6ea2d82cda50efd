package com.partnershiptracker.websupport;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiPageLinksTests {

    @Test
    void aPageBeyondTheLastLinksBackToTheLastAndNotForward() {
        PageJson<String> beyond = new PageJson<>(List.of(), 9, 10, 25, 3);

        assertThat(ApiPageLinks.linksOf(beyond, "/api/v1/people", "page=9"))
                .containsExactly("</api/v1/people?page=1>; rel=\"first\"", "</api/v1/people?page=3>; rel=\"prev\"",
                        "</api/v1/people?page=3>; rel=\"last\"");
    }

    @Test
    void anEmptyListLinksOnlyToItsOnePage() {
        PageJson<String> empty = new PageJson<>(List.of(), 1, 10, 0, 0);

        assertThat(ApiPageLinks.linksOf(empty, "/api/v1/people", null))
                .containsExactly("</api/v1/people?page=1>; rel=\"first\"", "</api/v1/people?page=1>; rel=\"last\"");
    }

    @Test
    void whatWouldBreakTheHeaderIsEscaped() {
        PageJson<String> page = new PageJson<>(List.of("a"), 1, 1, 2, 2);

        assertThat(ApiPageLinks.linksOf(page, "/api/v1/organizations", "q=a>b\"c d우"))
                .contains("</api/v1/organizations?q=a%3Eb%22c%20d%EC%9A%B0&page=2>; rel=\"next\"");
    }
}
