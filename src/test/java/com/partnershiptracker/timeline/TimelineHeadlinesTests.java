package com.partnershiptracker.timeline;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.Figure;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Headlines lead with what happened, in both languages, from the entry's kind, title, organizations and detail. */
@SpringJUnitConfig(classes = {Display.class, TimelineHeadlines.class, TimelineHeadlinesTests.Messages.class})
class TimelineHeadlinesTests {

    static class Messages {
        @Bean
        MessageSource messageSource() {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasename("messages");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            return messages;
        }
    }

    private static final OrganizationRef KT = new OrganizationRef(1, "kt", Bilingual.of("KT", "KT"), OrganizationKind.TELECOM);
    private static final OrganizationRef WOORI = new OrganizationRef(2, "woori-financial-group",
            Bilingual.of("우리금융그룹", "Woori Financial Group"), OrganizationKind.FINANCIAL_GROUP);
    private static final OrganizationRef KBANK = new OrganizationRef(3, "k-bank", Bilingual.of("케이뱅크", "K bank"), OrganizationKind.BANK);

    @Autowired
    TimelineHeadlines headlines;

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anAgreementsDatesSayWhoDidWhat() {
        TimelineEntry signed = agreement(AgreementDate.SIGNED, List.of(KT, WOORI));
        assertThat(in(Locale.ENGLISH, signed)).isEqualTo("KT and Woori Financial Group sign Strategic MOU for finance–ICT convergence");
        assertThat(in(Locale.KOREAN, signed)).isEqualTo("KT·우리금융그룹, 금융·ICT 융합을 위한 전략적 업무협약 체결");
        assertThat(in(Locale.ENGLISH, agreement(AgreementDate.ANNOUNCED, List.of(KT, WOORI, KBANK))))
                .isEqualTo("KT, Woori Financial Group and K bank announce Strategic MOU for finance–ICT convergence");
        assertThat(in(Locale.KOREAN, agreement(AgreementDate.ANNOUNCED, List.of(KT, WOORI, KBANK))))
                .isEqualTo("KT·우리금융그룹·케이뱅크, 금융·ICT 융합을 위한 전략적 업무협약 발표");
        assertThat(in(Locale.ENGLISH, agreement(AgreementDate.SIGNED, List.of())))
                .isEqualTo("Strategic MOU for finance–ICT convergence signed");
        TimelineEntry withAnAffiliate = new TimelineEntry(TimelineEntryKind.AGREEMENT, signed.fact(), signed.date(), signed.title(),
                signed.detail(), signed.link(), List.of(KBANK, KT, WOORI), List.of(), AgreementDate.SIGNED, null, List.of(KT, WOORI));
        assertThat(in(Locale.ENGLISH, withAnAffiliate)).as("the principal parties alone")
                .isEqualTo("KT and Woori Financial Group sign Strategic MOU for finance–ICT convergence");
        assertThat(in(Locale.ENGLISH, agreement(AgreementDate.ENDED, List.of(KT, WOORI))))
                .isEqualTo("KT and Woori Financial Group: Strategic MOU for finance–ICT convergence ends");
    }

    @Test
    void aStatementLeadsWithTheSpeakerAndTheWords() {
        TimelineEntry said = entry(TimelineEntryKind.STATEMENT, Bilingual.of("손태승", "Sohn Tae-seung"),
                Bilingual.of("디지털 리딩 금융그룹 도약을 위해 그룹의 전체 역량을 집중해 달라",
                        "Focus the whole group on digital."), List.of(WOORI), null);
        assertThat(in(Locale.ENGLISH, said)).isEqualTo("Sohn Tae-seung: ‘Focus the whole group on digital’");
        assertThat(in(Locale.KOREAN, said)).isEqualTo("손태승: “디지털 리딩 금융그룹 도약을 위해 그룹의 전체 역량을 집중해 달라”");

        TimelineEntry longWinded = entry(TimelineEntryKind.STATEMENT, Bilingual.of("대변인", "A spokesperson"),
                Bilingual.of(null, "word ".repeat(60)), List.of(), null);
        assertThat(in(Locale.ENGLISH, longWinded)).endsWith("…’").hasSizeLessThan(170);
    }

    @Test
    void aFigureReadsInItsUnit() {
        TimelineEntry users = entry(TimelineEntryKind.METRIC, Bilingual.of("우리WON뱅킹 MAU", "WON Banking MAU"),
                Bilingual.of("719만명", "7190000 people"), List.of(WOORI), Figure.of(new BigDecimal("7190000"), "people"));
        assertThat(in(Locale.ENGLISH, users)).isEqualTo("WON Banking MAU reaches 7,190,000 people");
        assertThat(in(Locale.KOREAN, users)).isEqualTo("우리WON뱅킹 MAU 719만 명 기록");
        LocaleContextHolder.setLocale(Locale.KOREAN);
        assertThat(headlines.detail(users)).isEqualTo("719만 명");
        assertThat(headlines.title(users)).isEqualTo("우리WON뱅킹 MAU");

        TimelineEntry unmeasured = entry(TimelineEntryKind.METRIC, Bilingual.of("여신잔액", "Loans"),
                Bilingual.of("18조3천3257억원", "18조3천3257억원"), List.of(), null);
        assertThat(in(Locale.ENGLISH, unmeasured)).isEqualTo("Loans reaches 18조3천3257억원");
    }

    @Test
    void otherKindsSayWhatHappenedAndAMissingDetailLeavesTheTitle() {
        assertThat(in(Locale.ENGLISH, entry(TimelineEntryKind.INITIATIVE_LAUNCHED, Bilingual.of("우리WON뱅킹", "WON Banking"),
                Bilingual.of(null, null), List.of(WOORI), null))).isEqualTo("WON Banking launches");
        assertThat(in(Locale.KOREAN, entry(TimelineEntryKind.POSITION_STARTED, Bilingual.of("손태승", "Sohn Tae-seung"),
                Bilingual.of("회장", "Chairman"), List.of(WOORI), null))).isEqualTo("손태승, 회장 취임");
        assertThat(in(Locale.ENGLISH, entry(TimelineEntryKind.POSITION_STARTED, Bilingual.of("손태승", "Sohn Tae-seung"),
                Bilingual.of(null, null), List.of(WOORI), null))).isEqualTo("Sohn Tae-seung");
    }

    private String in(Locale locale, TimelineEntry entry) {
        LocaleContextHolder.setLocale(locale);
        return headlines.of(entry);
    }

    private static TimelineEntry agreement(AgreementDate date, List<OrganizationRef> parties) {
        return new TimelineEntry(date == AgreementDate.SIGNED ? TimelineEntryKind.AGREEMENT : TimelineEntryKind.AGREEMENT_ANNOUNCED,
                new FactRef(FactKind.AGREEMENT, 1), PartialDate.ofDay(2020, 8, 19),
                Bilingual.of("금융·ICT 융합을 위한 전략적 업무협약", "Strategic MOU for finance–ICT convergence"),
                Bilingual.of(null, null), RecordLink.of("AGREEMENT", "1"), parties, List.of(), date, null, List.of());
    }

    private static TimelineEntry entry(TimelineEntryKind kind, Bilingual title, Bilingual detail, List<OrganizationRef> organizations,
                                       Figure figure) {
        return new TimelineEntry(kind, new FactRef(kind.factKind(), 1), PartialDate.ofMonth(2022, 10), title, detail,
                RecordLink.of("ORGANIZATION", "woori-financial-group"), organizations, List.of(), null, figure, List.of());
    }
}
