package com.partnershiptracker.agreement;

import com.partnershiptracker.agreement.AgreementListing.PartnerRows;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.support.TimelineCopy;
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

    @Autowired
    AgreementListing listing;

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
    void aPartnersDatedAgreementsReadFromTheTimelineCopyAreThePagesTheGeneralStatementGivesAndTheUndatedStayOut() {
        Source source = records.source("Listing dated");
        Organization partner = records.organization("dated-partner", OrganizationKind.BANK);
        Organization other = records.organization("dated-other", OrganizationKind.FINTECH);
        for (int i = 0; i < 24; i++) {
            PartialDate date = i % 5 == 0 ? null : i % 3 == 0 ? PartialDate.ofYear(2020) : PartialDate.ofMonth(2020 + i % 4, 1 + i % 12);
            Agreement agreement = records.agreement("Dated " + i, date, source, partner, other);
            // An agreement's other dates are timeline entries of their own: the list must still hold it once.
            switch (date == null ? 0 : i % 4) {
                case 1 -> agreement.announceOn(PartialDate.ofYear(2019));
                case 2 -> agreement.takeEffectOn(PartialDate.ofYear(2024));
                case 3 -> agreement.endOn(PartialDate.ofYear(2025));
                default -> { }
            }
        }
        records.flush();
        PartnerSelection partners = new PartnerSelection(Set.of(partner.getId()), List.of());
        var counts = new DatedPartnerRows.Counts(24, 19);
        Map<String, Object> params = Map.of("partnerIds", partners.organizationIds());
        assertThat(jdbc.sql(DatedPartnerRows.COUNT).params(params).query(DatedPartnerRows.COUNTS).single()).isEqualTo(counts);

        for (AgreementSort sort : List.of(AgreementSort.NEWEST, AgreementSort.OLDEST)) {
            AgreementFilter filter = AgreementFilter.everything().sortedBy(sort);
            assertThat(DatedPartnerRows.serve(filter, partners)).isTrue();
            for (ListingWindow window : List.of(new ListingWindow(false, 0, 5), new ListingWindow(false, 14, 5),
                    new ListingWindow(true, 5, 4), new ListingWindow(true, 8, 5))) {
                String dated = DatedPartnerRows.idsInWindow(sort, window, counts).orElseThrow();
                assertThat(jdbc.sql(dated).params(params).query(Long.class).list()).as("%s %s", sort, window)
                        .isEqualTo(ids(filter, partners, PartnerRows.READ_FIRST, window));
            }
            assertThat(DatedPartnerRows.idsInWindow(sort, new ListingWindow(false, 15, 5), counts)).as("reaches the undated").isEmpty();
            assertThat(DatedPartnerRows.idsInWindow(sort, new ListingWindow(true, 4, 5), counts)).as("reaches the undated").isEmpty();

            List<Long> everyPage = new ArrayList<>();
            for (int page = 0; page < 5; page++) {
                everyPage.addAll(listing.findIds(filter.onPage(new PageSlice(page, 5)), partners, Locale.ENGLISH).getContent());
            }
            assertThat(everyPage).as("%s, page by page", sort)
                    .isEqualTo(ids(filter, partners, PartnerRows.READ_FIRST, new ListingWindow(false, 0, 24)));
        }
        assertThat(DatedPartnerRows.serve(AgreementFilter.everything().sortedBy(AgreementSort.TITLE), partners)).isFalse();
        assertThat(DatedPartnerRows.serve(AgreementFilter.everything().withKinds(Set.of(AgreementKind.MOU)), partners)).isFalse();
        assertThat(DatedPartnerRows.serve(AgreementFilter.everything(),
                new PartnerSelection(Set.of(partner.getId(), other.getId()), List.of()))).as("two partners").isFalse();
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

    @Test
    void aPartnersNewestAreTheSameWhetherItHasFewAgreementsOrManyEnoughToBeWalkedInOrder() {
        long busy = partnerWithAgreements("newest-busy", AgreementListing.MANY_AGREEMENTS + 50);
        long quiet = partnerWithAgreements("newest-quiet", 30);
        long mostlyUndated = partnerWithAgreements("newest-undated", 40);
        jdbc.sql("update agreements set signed_date = null, signed_precision = null, signed_inferred = null"
                + " where title_en like 'newest-undated %' and id % 5 <> 0").update();
        TimelineCopy.rebuildFromViews(jdbc);

        for (long partner : List.of(busy, quiet, mostlyUndated)) {
            var newest = listing.newestOf(List.of(partner), 20);
            List<Long> expected = jdbc.sql("select l.id from agreement_listing l where l.id in"
                            + " (select p.agreement_id from agreement_parties p where p.organization_id = ?)"
                            + " order by l.key_date desc nulls last, l.precision_rank desc, l.id desc limit 20")
                    .param(partner).query(Long.class).list();
            assertThat(newest.getContent()).extracting(AgreementSummary::id).as("partner %d", partner).isEqualTo(expected);
            assertThat(newest.getContent()).allSatisfy(agreement -> assertThat(agreement.parties()).hasSize(1));
        }
        assertThat(listing.newestOf(List.of(busy), 20).getTotalElements()).isEqualTo(AgreementListing.MANY_AGREEMENTS + 50);
        assertThat(listing.newestOf(List.of(quiet), 20).getTotalElements()).isEqualTo(30);
        assertThat(listing.newestOf(List.of(mostlyUndated), 20).getTotalElements()).isEqualTo(40);
        assertThat(listing.newestOf(List.of(busy, quiet), 20).getContent()).extracting(AgreementSummary::id)
                .as("two organizations").isEqualTo(jdbc.sql("select l.id from agreement_listing l where l.id in"
                        + " (select p.agreement_id from agreement_parties p where p.organization_id in (?, ?))"
                        + " order by l.key_date desc nulls last, l.precision_rank desc, l.id desc limit 20")
                        .params(busy, quiet).query(Long.class).list());
    }

    /** An organization party to this many agreements, with dates of every precision and some without. */
    private long partnerWithAgreements(String slug, int agreements) {
        long id = jdbc.sql("insert into organizations (slug, name_ko, name_en, kind) values (?, ?, ?, 'BANK') returning id")
                .params(slug, slug, slug).query(Long.class).single();
        jdbc.sql("""
                insert into agreements (title_ko, title_en, kind, status, signed_date, signed_precision, signed_inferred)
                select ? || ' ' || g, ? || ' ' || g, 'MOU', 'SIGNED',
                       case when g % 7 = 0 then null when g % 3 = 0 then make_date(2001 + g % 20, 1, 1)
                            when g % 3 = 1 then make_date(2001 + g % 20, 1 + g % 12, 1) else date '2001-01-01' + (g * 37 % 7000) end,
                       case when g % 7 = 0 then null when g % 3 = 0 then 'YEAR' when g % 3 = 1 then 'MONTH' else 'DAY' end,
                       case when g % 7 = 0 then null else false end
                from generate_series(1, ?) g""").params(slug, slug, agreements).update();
        jdbc.sql("insert into agreement_parties (agreement_id, position, organization_id, role)"
                        + " select a.id, 0, ?, 'PRINCIPAL' from agreements a where a.title_en like ? || ' %'")
                .params(id, slug).update();
        return id;
    }

    private List<Long> ids(AgreementFilter filter, PartnerSelection partners, PartnerRows partnerRows, ListingWindow window) {
        Map<String, Object> params = new HashMap<>();
        String sql = AgreementListing.idsInWindow(filter, partners, partnerRows, window,
                ListingOrder.of(filter.sort(), Locale.ENGLISH), params);
        return new ArrayList<>(jdbc.sql(sql).params(params).query(Long.class).list());
    }
}
