package com.partnershiptracker.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile values for form fields, by kind of field, drawn from a seeded generator so that a run
 * can be repeated exactly: lengths at and past the limit, NUL and other control characters, emoji
 * (two UTF-16 units, one PostgreSQL character), right-to-left text, template and SQL syntax,
 * impossible dates, numbers that overflow, and raw bytes that are not UTF-8 at all.
 */
final class HostileValues {

    static final List<String> NASTY_TEXT = List.of(
            "", " ", "\t\r\n", "nul\u0000in\u0000side", "\u0000", "bell\u0007 escape\u001B[31m del\u007F",
            "مرحبا بالعالم \u202Eevil\u202C שלום עולם", "\u200F\u200Eمرحبا\u2067rtl\u2069", "e\u0301\u0302\u0303 z\u0335\u0336",
            "😀👩‍👩‍👧‍👦🇰🇷 emoji", "\uFEFFbom", "\uFFFE\uFFFF noncharacters", "한국어 텍스트 · 日本語 · 中文",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; drop table organizations; --",
            "${7*7} #{7*7} [[${7*7}]] __${7*7}__ *{7*7} @{/x}", "%00%27%22", "line one\r\nline two\nline three",
            "   surrounded by blanks   ", "\\u0000 \\x00 \\\\", "a|b|c", "null", "undefined", "NaN");

    static final List<String> DATES = List.of(
            "2020", "2020-07", "2020-07-15", "2020-02-30", "2021-02-29", "2020-02-29", "2020-13", "2020-00", "2020-07-32",
            "2020-07-00", "0000", "0000-01-01", "0001", "9999", "9999-12-31", "10000", "-2020", "+2020", "2020-7",
            "20-07-15", "2020/07/15", "2020-07-15T10:00", "２０２０", "١٩٩٩", "2020-07-15\u0000", " 2020 ", "2020-07-15".repeat(10),
            "", "July 2020", "2020-W30", "2020-07-15Z");

    static final List<String> NUMBERS = List.of(
            "0", "-1", "1", "999999999", "2147483648", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "abc", "1e3", "1.5", "", " 5 ", "0x10", "１", "5\u0000", "NaN");

    static final List<String> DECIMALS = List.of(
            "1", "1.5", "-0", "0.00001", "0.0001", "12345678901234567890", "99999999999999999999.9999",
            "100000000000000000000", "9223372036854775807", "9223372036854775808", "1e18", "1e20", "-1e20", "1e-20",
            "1e999999999", "1e-999999999", "NaN", "Infinity", "-Infinity", "1,000", "", "--1", "0x1p3", "７");

    static final List<String> BOOLEANS = List.of("true", "false", "on", "off", "1", "0", "yes", "maybe", "", "TRUE", "true\u0000");

    static final List<String> URLS = List.of(
            "https://example.com/article?id=1", "http://a", "javascript:alert(1)", "JavaScript:alert(document.domain)",
            " javascript:alert(1)", "java\tscript:alert(1)", "javascript&#58;alert(1)", "https://x\" onmouseover=\"alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x", "ftp://example.com/x",
            "https://例え.jp/パス", "http://a b", "https://example.com/" + "a".repeat(2100), "https://", "http:/x", "");

    static final List<String> SLUGS = List.of(
            "Upper-Case", "with space", "-leading", "trailing-", "a--b", "한글-슬러그", "", "a\u0000b", "a/b", "..", "a.b",
            "x".repeat(81), "x".repeat(80), "new", "edit", "%2e%2e");

    static final List<String> ENUM_NOISE = List.of("", "mou", "UNKNOWN", "0", "1", "-1", "'; --", "MOU\u0000", "null",
            "FINANCIAL_GROUP ", "ADMIN", "EDITOR");

    static final List<String> PASSWORDS = List.of("short", "password1234", "correcthorsebatterystaple", "x".repeat(257),
            "한국어로된아주긴비밀번호입니다요", "with\u0000nul-byte-inside", "😀😀😀😀😀😀😀😀😀😀😀😀", "");

    static final List<String> USERNAMES = List.of("Admin", "a", "x".repeat(61), "bad name", "admin", "<b>x</b>",
            "user\u0000name", "ünïcödé", "", "fuzz.user_ok-1");

    /** Byte sequences that are not UTF-8: a lone continuation, an overlong slash, a surrogate, past U+10FFFF. */
    static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80},
            "%C3%28".getBytes(StandardCharsets.US_ASCII), "%FF%FE".getBytes(StandardCharsets.US_ASCII),
            "%ED%A0%80".getBytes(StandardCharsets.US_ASCII), "%C0%AF".getBytes(StandardCharsets.US_ASCII),
            "%G1".getBytes(StandardCharsets.US_ASCII), "%".getBytes(StandardCharsets.US_ASCII),
            "%2".getBytes(StandardCharsets.US_ASCII), "%00".getBytes(StandardCharsets.US_ASCII));

    private final Random random;

    HostileValues(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** Text for a field that holds at most {@code max} characters. */
    String text(int max) {
        return switch (random.nextInt(12)) {
            case 0 -> "a".repeat(max);
            case 1 -> "a".repeat(max + 1);
            case 2 -> "가".repeat(max + 1);
            case 3 -> "x".repeat(10 * max);
            case 4 -> "😀".repeat(max);
            case 5 -> "a".repeat(max - 1) + "😀";
            case 6 -> "😀".repeat(Math.max(1, max / 2));
            case 7 -> "a\u0000".repeat(max);
            case 8 -> ("مرحبا " + "\u202E").repeat(max / 7 + 1);
            case 9 -> "line\n".repeat(max / 5 + 1);
            default -> pick(NASTY_TEXT);
        };
    }
}
