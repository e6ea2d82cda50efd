package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formatting for templates, in the request's language: {@code ${@display.date(d)}},
 * {@code ${@display.text(name)}}, {@code ${@display.label(kind)}}.
 */
@Component("display")
public class Display {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final Figures figures;

    Display(MessageSource messages) {
        this.messages = messages;
        this.figures = new Figures(messages);
    }

    /** A partial date at its own precision, such as "July 2020" or "2020년 7월"; empty for null. */
    public String date(PartialDate date) {
        return date == null ? "" : date.format(LocaleContextHolder.getLocale());
    }

    /** The text in the request's language, falling back to the other language. */
    public String text(Bilingual text) {
        return text == null ? "" : nullToEmpty(text.in(LocaleContextHolder.getLocale()));
    }

    /** True when the text shown is the fallback language, so the page can mark it with its own lang. */
    public boolean isFallback(Bilingual text) {
        boolean korean = "ko".equals(LocaleContextHolder.getLocale().getLanguage());
        return text != null && (korean ? text.ko() == null : text.en() == null) && !text.isEmpty();
    }

    /** The language code of the text as shown, for a lang attribute. */
    public String languageOf(Bilingual text) {
        boolean korean = "ko".equals(LocaleContextHolder.getLocale().getLanguage());
        return korean != isFallback(text) ? "ko" : "en";
    }

    /** An enum value's label from the message files, keyed {@code EnumType.VALUE}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, value.name(), LocaleContextHolder.getLocale());
    }

    /** A moment as "2026-11-23 12:14 UTC"; history pages show the same clock to every editor. */
    public String instant(Instant moment) {
        return moment == null ? "" : MINUTES.format(moment);
    }

    /** A number with grouping in the request's language. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** A figure in its unit, such as "12,940,000 people" or "1,294만 명"; empty for no value (see {@link Figures}). */
    public String figure(BigDecimal value, String unit) {
        return figures.format(value, unit, LocaleContextHolder.getLocale());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
