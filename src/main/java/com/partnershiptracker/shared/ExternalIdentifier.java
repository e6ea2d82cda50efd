package com.partnershiptracker.shared;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers other registers give a record: its Wikidata item, its Legal Entity Identifier and
 * its Korean corporate registration number (법인등록번호). Each is stored in one canonical form, and
 * read from the forms people paste it in.
 */
public enum ExternalIdentifier {

    /** A Wikidata item: Q and a number, such as Q42; read also from a wikidata.org address or with a lowercase q. */
    WIKIDATA("wikidata") {
        private static final Pattern WRITTEN = Pattern.compile(
                "(?i)(?:(?:https?://)?(?:www\\.|m\\.)?wikidata\\.org/(?:wiki|entity)/)?(q[1-9][0-9]{0,10})/?");

        @Override
        public Reading read(String text) {
            Matcher matcher = WRITTEN.matcher(text.strip());
            return matcher.matches() ? Reading.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Reading.UNREADABLE;
        }

        @Override
        public String url(String canonical) {
            return "https://www.wikidata.org/wiki/" + canonical;
        }
    },

    /**
     * A Legal Entity Identifier (ISO 17442): 18 letters or digits and two check digits, which make
     * the whole, letters counted as 10 to 35, leave 1 when divided by 97 (ISO 7064 MOD 97-10).
     */
    LEI("lei") {
        private static final Pattern CANONICAL = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");
        private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

        @Override
        public Reading read(String text) {
            String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            if (!CANONICAL.matcher(compact).matches()) {
                return Reading.UNREADABLE;
            }
            StringBuilder digits = new StringBuilder();
            compact.chars().forEach(c -> digits.append(Character.digit(c, 36)));
            return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1 ? Reading.of(compact) : Reading.WRONG_CHECK;
        }

        @Override
        public String url(String canonical) {
            return "https://search.gleif.org/#/record/" + canonical;
        }
    },

    /**
     * A Korean corporate registration number: 13 digits, written 6-7 with a hyphen. The last is a
     * check digit: the first twelve weighted 1, 2, 1, 2 … and summed, it is what brings the sum up
     * to a multiple of ten.
     */
    KR_CORPORATE_REGISTRATION_NUMBER("krCorporateRegistrationNumber") {
        private static final Pattern WRITTEN = Pattern.compile("([0-9]{6})-?([0-9]{7})");

        @Override
        public Reading read(String text) {
            Matcher matcher = WRITTEN.matcher(text.strip());
            if (!matcher.matches()) {
                return Reading.UNREADABLE;
            }
            String digits = matcher.group(1) + matcher.group(2);
            int sum = 0;
            for (int i = 0; i < 12; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
            }
            return (10 - sum % 10) % 10 == digits.charAt(12) - '0' ? Reading.of(digits) : Reading.WRONG_CHECK;
        }

        @Override
        public String display(String canonical) {
            return canonical.substring(0, 6) + "-" + canonical.substring(6);
        }
    };

    private final String parameter;

    ExternalIdentifier(String parameter) {
        this.parameter = parameter;
    }

    /** What the text says, as the canonical identifier, or why it says nothing. The text is not blank. */
    public abstract Reading read(String text);

    /** The canonical identifier, or empty for blank or unreadable text. */
    public Optional<String> normalize(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.ofNullable(read(text).canonical());
    }

    /** Whether the text is the identifier exactly as it is stored. */
    public boolean isCanonical(String text) {
        return text != null && !text.isBlank() && text.equals(read(text).canonical());
    }

    /** The identifier as people write it. */
    public String display(String canonical) {
        return canonical;
    }

    /** The register's page of the identifier, or null where the register has no address for one. */
    public String url(String canonical) {
        return null;
    }

    /** The name of the identifier in API parameters and JSON, and in the keys of its messages. */
    public String parameter() {
        return parameter;
    }

    /** How a page shows the identifier; null for none. */
    public Link link(String canonical) {
        return canonical == null ? null : new Link(this, display(canonical), url(canonical));
    }

    /** An identifier as a page shows it: its text, and the register's page of it where there is one. */
    public record Link(ExternalIdentifier kind, String text, String url) {
    }

    /** A text read as an identifier: the canonical form, or null with the reason. */
    public record Reading(String canonical, Problem problem) {

        static final Reading UNREADABLE = new Reading(null, Problem.FORMAT);
        static final Reading WRONG_CHECK = new Reading(null, Problem.CHECK_DIGITS);

        static Reading of(String canonical) {
            return new Reading(canonical, null);
        }

        public boolean isValid() {
            return canonical != null;
        }
    }

    public enum Problem {
        /** Not the shape of the identifier at all. */
        FORMAT,
        /** The shape is right but the check digits do not match: a digit is mistyped. */
        CHECK_DIGITS
    }
}
