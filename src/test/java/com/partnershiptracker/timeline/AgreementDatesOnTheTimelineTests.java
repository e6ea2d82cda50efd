package com.partnershiptracker.timeline;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.support.TimelineCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Announced, signed, in effect and ended are each an entry of the timeline where they differ,
 * labelled as such; the copy follows a save, the dates= filter shows some alone, and the
 * agreement lists still hold each agreement once.
 */
@PostgresTest
class AgreementDatesOnTheTimelineTests {

    @Autowired
    TestRecords records;

    @Autowired
    TimelineService timeline;

    @Autowired
    TimelineHeadlines headlines;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcClient jdbc;

    Source source;
    Organization bank;
    Organization telecom;

    @BeforeEach
    void createPartners() {
        TimelineCopy.rebuildFromViews(jdbc);
        source = records.source("날짜 기사");
        bank = records.organization("dates-bank", OrganizationKind.BANK);
        telecom = records.organization("dates-telecom", OrganizationKind.TELECOM);
    }

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anAnnouncedDateSetOnASignedAgreementIsItsOwnEntryLabelledAnnounced() {
        Agreement mou = records.agreement("Dates MOU", PartialDate.ofDay(2020, 10, 5), source, bank, telecom);
        records.flush();
        assertThat(partnerTimeline()).extracting(TimelineEntry::kind).containsExactly(TimelineEntryKind.AGREEMENT);

        mou.announceOn(PartialDate.ofMonth(2020, 9));
        records.flush();

        assertThat(TimelineCopy.differences(jdbc)).isEmpty();
        List<TimelineEntry> entries = partnerTimeline();
        assertThat(entries).extracting(TimelineEntry::kind, TimelineEntry::agreementDate, entry -> entry.date().toString())
                .containsExactly(tuple(TimelineEntryKind.AGREEMENT_ANNOUNCED, AgreementDate.ANNOUNCED, "2020-09"),
                        tuple(TimelineEntryKind.AGREEMENT, AgreementDate.SIGNED, "2020-10-05"));
        assertThat(entries.get(0).shownKind()).isEqualTo(AgreementDate.ANNOUNCED);

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(headlines.of(entries.get(0))).isEqualTo("dates-bank (en) and dates-telecom (en) announce Dates MOU");
        assertThat(headlines.of(entries.get(1))).isEqualTo("dates-bank (en) and dates-telecom (en) sign Dates MOU");
        LocaleContextHolder.setLocale(Locale.KOREAN);
        assertThat(headlines.of(entries.get(0))).isEqualTo("dates-bank (ko)·dates-telecom (ko), Dates MOU 협약 발표");

        // The partner's agreement list reads the key-date entry alone: the agreement is listed once.
        assertThat(agreements.search(AgreementFilter.everything().withPartners(List.of("dates-bank"), false), Locale.ENGLISH)
                .getTotalElements()).isEqualTo(1);
    }

    @Test
    void eachDifferentDateIsAnEntryAndTheSameDateTwiceIsOne() {
        Agreement mou = records.agreement("Four dates", PartialDate.ofDay(2020, 10, 5), source, bank, telecom);
        mou.announceOn(PartialDate.ofDay(2020, 10, 5));
        mou.takeEffectOn(PartialDate.ofMonth(2021, 1));
        mou.endOn(PartialDate.ofYear(2023));
        records.flush();

        assertThat(TimelineCopy.differences(jdbc)).isEmpty();
        assertThat(partnerTimeline()).extracting(TimelineEntry::agreementDate)
                .containsExactly(AgreementDate.SIGNED, AgreementDate.EFFECTIVE, AgreementDate.ENDED);

        Agreement announcedOnly = records.agreement("Only announced", null, source, bank, telecom);
        announcedOnly.announceOn(PartialDate.ofYear(2019));
        records.flush();
        TimelineEntry keyDate = partnerTimeline().get(0);
        assertThat(keyDate.kind()).isEqualTo(TimelineEntryKind.AGREEMENT);
        assertThat(keyDate.agreementDate()).isEqualTo(AgreementDate.ANNOUNCED);
    }

    @Test
    void theDatesFilterShowsThoseDatesAloneWithOrWithoutPartners() {
        Agreement mou = records.agreement("Filtered MOU", PartialDate.ofDay(2020, 10, 5), source, bank, telecom);
        mou.announceOn(PartialDate.ofMonth(2020, 9));
        mou.endOn(PartialDate.ofYear(2022));
        records.initiative("Filtered service", PartialDate.ofMonth(2021, 2), source, bank);
        records.flush();

        TimelineFilter partner = TimelineFilter.everything().withPartners(List.of("dates-bank"), false);
        assertThat(timeline.entries(partner).getContent()).hasSize(4);
        assertThat(timeline.entries(partner.onDates(Set.of(AgreementDate.SIGNED))).getContent())
                .extracting(TimelineEntry::agreementDate).containsExactly(AgreementDate.SIGNED);
        assertThat(timeline.entries(partner.onDates(Set.of(AgreementDate.ANNOUNCED, AgreementDate.ENDED))).getContent())
                .extracting(TimelineEntry::agreementDate).containsExactly(AgreementDate.ANNOUNCED, AgreementDate.ENDED);
        assertThat(timeline.entries(TimelineFilter.everything().matching("Filtered").onDates(Set.of(AgreementDate.ANNOUNCED)))
                .getContent()).extracting(entry -> entry.title().en()).containsExactly("Filtered MOU");
        assertThat(AgreementDate.named(List.of("signed", " Announced ", "bogus", ""))).containsExactlyInAnyOrder(
                AgreementDate.SIGNED, AgreementDate.ANNOUNCED);
    }

    private List<TimelineEntry> partnerTimeline() {
        return timeline.entries(TimelineFilter.everything().withPartners(List.of("dates-bank"), false)).getContent();
    }
}
