package com.partnershiptracker.web;

import com.partnershiptracker.dossier.PartnerDossier;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.TestRecords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A busy partner's page shows the first of each list and leads to the rest, instead of growing without end. */
@SeededWebTest
@Import(TestRecords.class)
class PartnerPageListsTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRecords records;

    @Test
    @Transactional
    void aPartnerWithMoreInitiativesThanAListShowsTheFirstAndLinksToTheTimeline() throws Exception {
        Source source = records.source("Busy partner");
        Organization busy = records.organization("busy-partner", OrganizationKind.FINTECH);
        Organization other = records.organization("busy-counterpart", OrganizationKind.BANK);
        int initiatives = PartnerDossier.SHOWN_PER_LIST + 5;
        for (int i = 0; i < initiatives; i++) {
            records.initiative("Busy initiative " + i, PartialDate.ofYear(2021), source, busy, other);
        }
        records.flushAndClear();

        // MockMvc, not HTTP: the request runs in this test's transaction, which is rolled back afterwards.
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Document page = Jsoup.parse(mvc.perform(get("/organizations/busy-partner").header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("h2:containsOwn(Initiatives) + ul > li")).hasSize(PartnerDossier.SHOWN_PER_LIST);
        assertThat(page.select(".more-link a").eachAttr("href"))
                .contains("/timeline?partner=busy-partner&affiliates=true&kind=initiative");
        assertThat(page.select(".more-link").text()).contains("5 more on the timeline");
        assertThat(page.select(".key-numbers").text()).contains(Integer.toString(initiatives));
    }
}
