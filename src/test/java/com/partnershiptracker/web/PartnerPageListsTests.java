package com.partnershiptracker.web;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.SeededWebTest;
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

/** A busy partner's lists are pages of their own, paged, instead of one page that grows without end. */
@SeededWebTest
class PartnerPageListsTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRecords records;

    @Test
    @Transactional
    void aPartnerWithMoreInitiativesThanAPageShowsThemPagedAndCountsThemOnItsOverview() throws Exception {
        Source source = records.source("Busy partner");
        Organization busy = records.organization("busy-partner", OrganizationKind.FINTECH);
        Organization other = records.organization("busy-counterpart", OrganizationKind.BANK);
        int initiatives = PageSlice.DEFAULT_SIZE + 5;
        for (int i = 0; i < initiatives; i++) {
            records.initiative("Busy initiative " + i, PartialDate.ofYear(2021), source, busy, other);
        }
        records.flushAndClear();

        Document overview = page("/organizations/busy-partner");
        assertThat(overview.select(".key-numbers a[href='/organizations/busy-partner/initiatives']").text())
                .contains(Integer.toString(initiatives));
        assertThat(overview.select(".partner-tabs a").eachAttr("href")).contains("/organizations/busy-partner/initiatives",
                "/organizations/busy-partner/people", "/organizations/busy-partner/figures",
                "/organizations/busy-partner/statements", "/organizations/busy-partner/sources",
                "/timeline?partner=busy-partner&affiliates=true");

        Document first = page("/organizations/busy-partner/initiatives");
        assertThat(first.select(".section-list > li")).hasSize(PageSlice.DEFAULT_SIZE);
        assertThat(first.select(".section-total").text()).contains(initiatives + " in all", "page 1 of 2");
        assertThat(first.select(".partner-tabs a.active").text()).isEqualTo("Initiatives");
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/organizations/busy-partner/initiatives?page=2");

        Document second = page("/organizations/busy-partner/initiatives?page=2");
        assertThat(second.select(".section-list > li")).hasSize(5);

        Document pastTheEnd = page("/organizations/busy-partner/initiatives?page=9");
        assertThat(pastTheEnd.select(".empty-state").text()).contains("past the end");
        assertThat(pastTheEnd.select(".empty-state a").attr("href")).isEqualTo("/organizations/busy-partner/initiatives");
    }

    @Test
    @Transactional
    void aSectionWithNothingSaysWhatToDoNext() throws Exception {
        records.organization("quiet-partner", OrganizationKind.FINTECH);
        records.flushAndClear();

        Document people = page("/organizations/quiet-partner/people");

        assertThat(people.select(".section-list")).isEmpty();
        assertThat(people.select(".empty-state").text()).contains("Signed-in editors add them from the admin pages");
    }

    private Document page(String path) throws Exception {
        // MockMvc, not HTTP: the request runs in this test's transaction, which is rolled back afterwards.
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        return Jsoup.parse(mvc.perform(get(path).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString());
    }
}
