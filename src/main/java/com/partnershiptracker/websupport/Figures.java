package com.partnershiptracker.websupport;

import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A figure in its unit, in the reader's language: "12,940,000 people" and "1,294만 명", "KRW 22.3
 * trillion" and "22조 3,159억 원". The unit's words come from the message files
 * ({@code figure.unit.<unit>}); a unit without its own message is written after the number as
 * stored. English writes money of a million or more in words to three significant figures; Korean
 * groups every number of ten thousand or more by 만, 억 and 조, and money to its two largest groups.
 * The pages show only this; the exact value stays in the API and the CSV files.
 */
public final class Figures {

    private static final Set<String> MONEY = Set.of("KRW", "USD", "EUR", "JPY", "CNY");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String[] KOREAN_GROUPS = {"", "만", "억", "조", "경"};
    private static final BigDecimal[] ENGLISH_SCALES = {
            BigDecimal.TEN.pow(12), BigDecimal.TEN.pow(9), BigDecimal.TEN.pow(6)};
    private static final String[] ENGLISH_WORDS = {"trillion", "billion", "million"};

    private final MessageSource messages;

    public Figures(MessageSource messages) {
        this.messages = messages;
    }

    /** The value with its unit; empty when there is no value. */
    public String format(BigDecimal value, String unit, Locale locale) {
        if (value == null) {
            return "";
        }
        String key = unit == null || unit.isBlank() ? null : unitKey(unit);
        boolean money = key != null && MONEY.contains(unit.strip().toUpperCase(Locale.ROOT));
        String number = korean(locale) ? koreanNumber(value, money, locale) : englishNumber(value, money, locale);
        if (key == null) {
            return number;
        }
        String known = messages.getMessage(key, new Object[] {number, value.abs()}, null, locale);
        return known != null ? known : number + " " + unit.strip();
    }

    private static String englishNumber(BigDecimal value, boolean money, Locale locale) {
        BigDecimal size = value.abs();
        if (money) {
            for (int i = 0; i < ENGLISH_SCALES.length; i++) {
                if (size.compareTo(ENGLISH_SCALES[i]) >= 0) {
                    BigDecimal scaled = value.divide(ENGLISH_SCALES[i], MathContext.DECIMAL64).round(new MathContext(3, RoundingMode.HALF_UP));
                    return plain(scaled, 2, locale) + " " + ENGLISH_WORDS[i];
                }
            }
        }
        return plain(value, 2, locale);
    }

    private static String koreanNumber(BigDecimal value, boolean money, Locale locale) {
        BigDecimal size = value.abs();
        if (size.compareTo(TEN_THOUSAND) < 0) {
            return plain(value, 2, locale);
        }
        BigDecimal whole = size.setScale(0, RoundingMode.HALF_UP);
        List<BigDecimal> groups = new ArrayList<>();
        for (BigDecimal rest = whole; rest.signum() > 0; rest = rest.divideToIntegralValue(TEN_THOUSAND)) {
            groups.add(rest.remainder(TEN_THOUSAND));
        }
        if (money && groups.size() > 2) {
            // Money reads to its two largest groups ("22조 3,159억"), the rest rounded into them.
            BigDecimal unitOfSecond = TEN_THOUSAND.pow(groups.size() - 2);
            return (value.signum() < 0 ? "-" : "")
                    + koreanNumber(whole.divide(unitOfSecond, 0, RoundingMode.HALF_UP).multiply(unitOfSecond), false, locale);
        }
        List<String> words = new ArrayList<>();
        for (int i = Math.min(groups.size(), KOREAN_GROUPS.length) - 1; i >= 0; i--) {
            BigDecimal group = i == KOREAN_GROUPS.length - 1 ? whole.divideToIntegralValue(TEN_THOUSAND.pow(i)) : groups.get(i);
            if (group.signum() != 0) {
                words.add(plain(group, 0, locale) + KOREAN_GROUPS[i]);
            }
        }
        return (value.signum() < 0 ? "-" : "") + String.join(" ", words);
    }

    private static String plain(BigDecimal value, int fractionDigits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static String unitKey(String unit) {
        String name = unit.strip();
        return "figure.unit." + (name.equals("%") ? "percent" : name);
    }

    private static boolean korean(Locale locale) {
        return locale != null && "ko".equals(locale.getLanguage());
    }
}
