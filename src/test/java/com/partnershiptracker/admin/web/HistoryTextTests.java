package com.partnershiptracker.admin.web;

import com.partnershiptracker.audit.AuditedKind;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.audit.HistoryValue;
import com.partnershiptracker.audit.RecordHistory;
import com.partnershiptracker.audit.RecordKey;
import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's field names and values as an English and a Korean reader see them. */
@SpringJUnitConfig(classes = {Display.class, HistoryText.class, HistoryTextTests.Messages.class})
class HistoryTextTests {

    static final RecordKey WOORI = new RecordKey("ORGANIZATION", 5);
    static final RecordKey GONE = new RecordKey("ORGANIZATION", 6);
    static final RecordHistory HISTORY = new RecordHistory(new RecordKey("AGREEMENT", 3),
            Bilingual.of("네이버 지도 제휴", "Naver Map tie-up"), List.of(), Map.of(WOORI, Bilingual.of("우리은행", "Woori Bank")));

    @Configuration
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

    @Autowired
    HistoryText text;

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void fieldsAreNamedFromTheMessageFilesInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.field("signed")).isEqualTo("Signed");
        assertThat(text.field("titleKo")).isEqualTo("Title in Korean");
        LocaleContextHolder.setLocale(Locale.KOREAN);
        assertThat(text.field("signed")).isEqualTo("서명일");
    }

    @Test
    void everyFieldOfEveryKindOfRecordWithAHistoryHasALabel() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        List<String> unlabelled = new ArrayList<>();
        for (AuditedKind kind : AuditedKind.values()) {
            for (Class<?> type = kind.type(); type != BaseEntity.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                            && !field.isSynthetic() && text.field(field.getName()).equals(field.getName())) {
                        unlabelled.add(kind + "." + field.getName());
                    }
                }
            }
        }
        assertThat(unlabelled).isEmpty();
    }

    @Test
    void partialDatesReadAsPeopleWriteThemAtTheirOwnPrecision() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.value(new HistoryValue.Date(PartialDate.ofMonth(2020, 7)), HISTORY)).isEqualTo("July 2020");
        assertThat(text.value(new HistoryValue.Date(PartialDate.ofDay(2020, 8, 19)), HISTORY)).isEqualTo("19 August 2020");
        assertThat(text.value(new HistoryValue.Date(PartialDate.of(LocalDate.of(2021, 1, 1), DatePrecision.YEAR, true, "from the annual report")),
                HISTORY)).isEqualTo("2021 (inferred) — from the annual report");
        LocaleContextHolder.setLocale(Locale.KOREAN);
        assertThat(text.value(new HistoryValue.Date(PartialDate.ofMonth(2020, 7)), HISTORY)).isEqualTo("2020년 7월");
        assertThat(text.value(new HistoryValue.Date(PartialDate.ofDay(2020, 8, 19)), HISTORY)).isEqualTo("2020년 8월 19일");
    }

    @Test
    void choicesReadAsTheirLabelsAndRecordsAsTheirNamesOrTheirKindAndIdWhenUnnamed() {
        HistoryValue parties = new HistoryValue.Items(List.of(
                new HistoryValue.Composite(List.of(new HistoryValue.Reference(WOORI), new HistoryValue.Label(PartyRole.PRINCIPAL))),
                new HistoryValue.Composite(List.of(new HistoryValue.Reference(GONE), HistoryValue.NONE))));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.value(new HistoryValue.Label(AgreementStatus.SIGNED), HISTORY)).isEqualTo("Signed");
        assertThat(text.value(parties, HISTORY)).isEqualTo("Woori Bank, principal; Organization #6");
        assertThat(text.title(HISTORY)).isEqualTo("Naver Map tie-up");
        LocaleContextHolder.setLocale(Locale.KOREAN);
        assertThat(text.value(parties, HISTORY)).isEqualTo("우리은행, 주 당사자; 기관 #6");
        assertThat(text.title(HISTORY)).isEqualTo("네이버 지도 제휴");
        assertThat(text.title(new RecordHistory(new RecordKey("METRIC", 1234), null, List.of(), Map.of()))).isEqualTo("수치 #1234");
    }

    @Test
    void twoLanguageTextsAndAmountsFollowTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.value(new HistoryValue.Words(Bilingual.of("대출", "Loans")), HISTORY)).isEqualTo("Loans");
        assertThat(text.value(new HistoryValue.Amount(new BigDecimal("1234567.5")), HISTORY)).isEqualTo("1,234,567.5");
        LocaleContextHolder.setLocale(Locale.KOREAN);
        assertThat(text.value(new HistoryValue.Words(Bilingual.of("대출", "Loans")), HISTORY)).isEqualTo("대출");
    }
}
