package com.partnershiptracker.web;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The partner page, its relationships table included, costs the same statements with 1 relationship or 60, today or as of a day. */
@SeededWebTest
class PartnerPageStatementsTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRecords records;

    @Autowired
    SqlStatementCounter statements;

    @Test
    @Transactional
    void thePartnerPageCostsTheSameStatementsWhateverTheNumberOfRelationships() throws Exception {
        Source source = records.source("문장 수");
        Organization partner = records.organization("counted-partner", OrganizationKind.BANK);
        Organization first = records.organization("counted-first", OrganizationKind.FINTECH);
        records.agreement("The first", PartialDate.ofMonth(2020, 8), source, partner, first);
        records.flushAndClear();
        page("/organizations/counted-partner");
        int[] few = costs();

        for (int i = 0; i < 30; i++) {
            Organization other = records.organization("counted-other-" + i, OrganizationKind.FINTECH);
            records.agreement("Agreement " + i, PartialDate.ofDay(2021, 1 + i % 12, 1 + i), source, partner, other, first);
            records.initiative("Initiative " + i, PartialDate.ofMonth(2022, 1 + i % 12), source, partner, other);
        }
        records.flushAndClear();
        page("/organizations/counted-partner");
        int[] many = costs();

        assertThat(many).containsExactly(few);
        // Seven parts, and the change stamp that the group structure is checked against (in production the page
        // cache has read it already).
        assertThat(few[0]).isPositive().isLessThanOrEqualTo(8);
        Document sorted = page("/organizations/counted-partner?sort=subject&dir=asc&page=2");
        assertThat(sorted.select("#relationships tbody tr")).hasSize(20);
        assertThat(sorted.select(".section-total").text()).contains("61 relationships, page 2 of 4");
    }

    private int[] costs() {
        return new int[] {
                statements.countWhile(() -> page("/organizations/counted-partner")),
                statements.countWhile(() -> page("/organizations/counted-partner?sort=counterpart&kind=AGREEMENT")),
                statements.countWhile(() -> page("/organizations/counted-partner?asOf=2021-06-30"))};
    }

    private Document page(String path) {
        try {
            // MockMvc, not HTTP: the request runs in this test's transaction, which is rolled back afterwards.
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
            String html = mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
            return Jsoup.parse(html);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
