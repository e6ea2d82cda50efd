package com.partnershiptracker.web;

import com.jayway.jsonpath.JsonPath;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationIdentifiers;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.HostileInputWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External identifiers over real HTTP: in the API, searched by, and linked on the pages. The seed
 * carries none (nothing could be checked against Wikidata from where it was written), so the tests
 * save an organization and a person of their own, on the database the seed-reading tests never read.
 * (The partner page reads them with the organization's row: PublicPagesTests counts its statements.)
 */
@HostileInputWebTest
class ExternalIdentifiersWebTests {

    static final String ORGANIZATION = "identified-savings-bank";
    static final String PERSON = "identified-chief";
    static final String WIKIDATA = "Q987654321";
    static final String LEI = "529900T8BM49AURSDO55";
    static final String KR_NUMBER = "1101110000002";

    @LocalServerPort
    int port;

    @Autowired
    OrganizationService organizations;

    @Autowired
    PersonService people;

    @BeforeEach
    void recordsWithIdentifiers() {
        if (organizations.findBySlug(ORGANIZATION).isEmpty()) {
            Organization bank = new Organization(ORGANIZATION, Bilingual.of("식별저축은행", "Identified Savings Bank"), OrganizationKind.BANK);
            bank.identifyAs(new OrganizationIdentifiers(WIKIDATA, LEI, KR_NUMBER));
            organizations.save(bank);
        }
        if (people.findBySlug(PERSON).isEmpty()) {
            Person chief = new Person(PERSON, Bilingual.of("식별인", "Identified Chief"));
            chief.identifyAsWikidataItem("Q987654320");
            people.save(chief);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "wikidata=Q987654321", "wikidata=q987654321", "wikidata=https://www.wikidata.org/wiki/Q987654321",
            "lei=529900t8bm49aursdo55", "krCorporateRegistrationNumber=110111-0000002", "krCorporateRegistrationNumber=1101110000002",
            "wikidata=Q987654321&lei=529900T8BM49AURSDO55"})
    void anOrganizationIsFoundByEachOfItsIdentifiersInAnyFormAFormAccepts(String query) {
        String body = json("/api/v1/organizations?" + query);

        assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(1);
        assertThat((String) JsonPath.read(body, "$.items[0].slug")).isEqualTo(ORGANIZATION);
        assertThat((Map<String, Object>) JsonPath.read(body, "$.items[0].identifiers")).containsExactly(
                Map.entry("wikidata", WIKIDATA), Map.entry("lei", LEI), Map.entry("krCorporateRegistrationNumber", KR_NUMBER));
    }

    @Test
    void anIdentifierNoOrganizationCarriesFindsNoneAndOneWithoutIdentifiersShowsThemNull() {
        assertThat((Integer) JsonPath.read(json("/api/v1/organizations?wikidata=Q987654322"), "$.total")).isZero();
        assertThat((Integer) JsonPath.read(json("/api/v1/organizations?wikidata=Q987654321&lei=5493001KJTIIGC8Y1R12"), "$.total")).isZero();
        String all = json("/api/v1/organizations?size=100");
        assertThat((List<Map<String, Object>>) JsonPath.read(all, "$.items[?(@.slug == 'kt')].identifiers")).singleElement()
                .satisfies(identifiers -> assertThat(identifiers).containsOnlyKeys("wikidata", "lei", "krCorporateRegistrationNumber")
                        .allSatisfy((name, value) -> assertThat(value).as(name).isNull()));
    }

    @Test
    void anIdentifierOfTheRightShapeWhoseCheckDigitsDoNotMatchFindsNothing() {
        for (String path : List.of("/api/v1/organizations?lei=529900T8BM49AURSDO56",
                "/api/v1/organizations?krCorporateRegistrationNumber=110111-0000003")) {
            HttpResponse<String> response = Http.get(port, path, "en");

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat((Integer) JsonPath.read(response.body(), "$.total")).as(path).isZero();
        }
    }

    @ParameterizedTest(name = "{0} is a 400: {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/organizations?wikidata=abc|The wikidata \\\"abc\\\" is not a Wikidata item",
            "/api/v1/organizations?lei=5299|is not a LEI",
            "/api/v1/people?wikidata=Q0|is not a Wikidata item"})
    void anIdentifierThatCannotBeOneIsAProblemDetailSayingWhy(String path, String detail) {
        HttpResponse<String> response = Http.get(port, path, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains(detail);
    }

    @Test
    void theDescriptionNamesTheSearchParametersAndMarksEachIdentifierNullable() {
        String description = json("/v3/api-docs");

        assertThat((List<String>) JsonPath.read(description, "$.paths['/api/v1/organizations'].get.parameters[*].name"))
                .contains("wikidata", "lei", "krCorporateRegistrationNumber");
        assertThat((List<String>) JsonPath.read(description, "$.paths['/api/v1/people'].get.parameters[*].name")).contains("wikidata");
        for (String property : List.of("wikidata", "lei", "krCorporateRegistrationNumber")) {
            assertThat((Boolean) JsonPath.read(description, "$.components.schemas.OrganizationIdentifiers.properties." + property + ".nullable"))
                    .as(property).isTrue();
        }
        assertThat((Boolean) JsonPath.read(description, "$.components.schemas.PersonIdentifiers.properties.wikidata.nullable")).isTrue();
    }

    @Test
    void theDossierOfAnOrganizationEndsWithItsIdentifiers() {
        String body = json("/api/v1/organizations/" + ORGANIZATION);

        assertThat((String) JsonPath.read(body, "$.identifiers.wikidata")).isEqualTo(WIKIDATA);
        assertThat((String) JsonPath.read(body, "$.identifiers.lei")).isEqualTo(LEI);
        assertThat((String) JsonPath.read(body, "$.identifiers.krCorporateRegistrationNumber")).isEqualTo(KR_NUMBER);
        assertThat((Object) JsonPath.read(json("/api/v1/organizations/kt"), "$.identifiers.wikidata")).isNull();
    }

    @Test
    void aPersonIsFoundByTheirWikidataItemAndCarriesItInTheListAndTheDetail() {
        String found = json("/api/v1/people?wikidata=https://www.wikidata.org/wiki/q987654320");
        assertThat((Integer) JsonPath.read(found, "$.total")).isEqualTo(1);
        assertThat((String) JsonPath.read(found, "$.items[0].slug")).isEqualTo(PERSON);
        assertThat((String) JsonPath.read(found, "$.items[0].identifiers.wikidata")).isEqualTo("Q987654320");
        assertThat((String) JsonPath.read(json("/api/v1/people/" + PERSON), "$.identifiers.wikidata")).isEqualTo("Q987654320");
        assertThat((Integer) JsonPath.read(json("/api/v1/people?wikidata=Q987654321"), "$.total")).isZero();
        assertThat((Object) JsonPath.read(json("/api/v1/people/koo-hyun-mo"), "$.identifiers.wikidata")).isNull();
        assertThat((List<Object>) JsonPath.read(json("/api/v1/people?size=100"), "$.items[?(@.slug == 'koo-hyun-mo')].identifiers.wikidata"))
                .containsExactly((Object) null);
    }

    @Test
    void thePartnerPageLinksEachIdentifierToItsRegisterAndShowsTheNumberWithItsHyphen() {
        String english = page("/organizations/" + ORGANIZATION, "en");
        assertThat(english).contains("<a href=\"https://www.wikidata.org/wiki/Q987654321\" rel=\"external noopener noreferrer\">Q987654321</a>")
                .contains("<a href=\"https://search.gleif.org/#/record/529900T8BM49AURSDO55\" rel=\"external noopener noreferrer\">")
                .contains("Wikidata item", "LEI (Legal Entity Identifier)", "Korean corporate registration number", "110111-0000002");
        assertThat(page("/organizations/" + ORGANIZATION, "ko")).contains("위키데이터 항목", "법인등록번호", "110111-0000002");
        assertThat(page("/organizations/kt", "en")).doesNotContain("wikidata.org").doesNotContain("identifier-wikidata");
    }

    @Test
    void thePersonPageLinksTheirWikidataItem() {
        assertThat(page("/people/" + PERSON, "en")).contains("href=\"https://www.wikidata.org/wiki/Q987654320\"", "Wikidata item");
        assertThat(page("/people/koo-hyun-mo", "en")).doesNotContain("wikidata.org");
    }

    private String page(String path, String language) {
        HttpResponse<String> response = Http.get(port, path, language);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private String json(String path) {
        return page(path, "en");
    }
}
