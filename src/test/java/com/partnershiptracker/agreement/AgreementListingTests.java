package com.partnershiptracker.agreement;

import com.partnershiptracker.agreement.AgreementListing.PartnerRows;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class AgreementListingTests {

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWayOfFindingAPartnersAgreementsGivesTheSamePageInEveryOrder() {
        Source source = records.source("Listing ways");
        Organization partner = records.organization("listing-partner", OrganizationKind.BANK);
        Organization other = records.organization("listing-other", OrganizationKind.FINTECH);
        Organization stranger = records.organization("listing-stranger", OrganizationKind.TELECOM);
        for (int i = 0; i < 24; i++) {
            PartialDate date = i % 5 == 0 ? null : i % 3 == 0 ? PartialDate.ofYear(2020) : PartialDate.ofMonth(2020 + i % 4, 1 + i % 12);
            records.agreement("Partner " + i, date, source, partner, other);
            records.agreement("Stranger " + i, date, source, other, stranger);
        }
        records.flush();
        PartnerSelection partners = new PartnerSelection(Set.of(partner.getId()), List.of());

        for (AgreementSort sort : AgreementSort.values()) {
            AgreementFilter filter = AgreementFilter.everything().sortedBy(sort);
            for (ListingWindow window : List.of(new ListingWindow(false, 0, 5), new ListingWindow(false, 7, 5),
                    new ListingWindow(true, 0, 5), new ListingWindow(true, 3, 4))) {
                List<Long> readFirst = ids(filter, partners, PartnerRows.READ_FIRST, window);
                assertThat(readFirst).as("%s %s", sort, window).hasSize(window.limit());
                assertThat(ids(filter, partners, PartnerRows.PROBED, window)).as("probed, %s %s", sort, window).isEqualTo(readFirst);
                assertThat(ids(filter, partners, PartnerRows.HASHED, window)).as("hashed, %s %s", sort, window).isEqualTo(readFirst);
            }
        }
    }

    @Test
    void aPartnersPageIsProbedNearTheStartHashedFurtherOnAndReadFirstWhenTheyAreFewOrThePageIsDeep() {
        long many = AgreementListing.MANY_AGREEMENTS * 10L;
        assertThat(PartnerRows.chosenFor(new ListingWindow(false, 0, 20), AgreementListing.MANY_AGREEMENTS - 1))
                .isEqualTo(PartnerRows.READ_FIRST);
        assertThat(PartnerRows.chosenFor(new ListingWindow(false, 0, 20), many)).isEqualTo(PartnerRows.PROBED);
        assertThat(PartnerRows.chosenFor(new ListingWindow(false, 400, 20), many)).isEqualTo(PartnerRows.HASHED);
        assertThat(PartnerRows.chosenFor(new ListingWindow(false, 9000, 20), many)).isEqualTo(PartnerRows.READ_FIRST);
    }

    private List<Long> ids(AgreementFilter filter, PartnerSelection partners, PartnerRows partnerRows, ListingWindow window) {
        Map<String, Object> params = new HashMap<>();
        String sql = AgreementListing.idsInWindow(filter, partners, partnerRows, window,
                ListingOrder.of(filter.sort(), Locale.ENGLISH), params);
        return new ArrayList<>(jdbc.sql(sql).params(params).query(Long.class).list());
    }
}
