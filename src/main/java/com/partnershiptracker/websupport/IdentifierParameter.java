package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.ExternalIdentifier;

/** Reads an identifier a client searches by ({@code wikidata=Q42}), in any of the forms a form accepts. */
public final class IdentifierParameter {

    /** The shapes the description gives, as the parameters read them (an address in any case is read too). */
    public static final String WIKIDATA_PATTERN =
            "^\\s*((https?://)?(www\\.|m\\.)?wikidata\\.org/(wiki|entity)/)?[Qq][1-9][0-9]{0,10}/?\\s*$";
    public static final String LEI_PATTERN = "^(\\s*[0-9A-Za-z]){18}(\\s*[0-9]){2}\\s*$";
    public static final String KR_CORPORATE_REGISTRATION_NUMBER_PATTERN = "^\\s*[0-9]{6}-?[0-9]{7}\\s*$";

    private static final int LONGEST_READ = 200;

    private IdentifierParameter() {
    }

    /**
     * @return the identifier in its canonical form, or null when none is given; a text of the right shape whose
     *         check digits do not match comes back as given, so that the search finds nothing (no record can carry
     *         it), as the description's pattern, which cannot check digits, promises an answer for it
     * @throws InvalidQueryException when the text is not of the identifier's shape
     */
    public static String parse(String value, ExternalIdentifier kind) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new InvalidQueryException("query.invalidIdentifier." + kind.parameter(), value);
        }
        String text = value.strip();
        ExternalIdentifier.Reading reading = text.length() > LONGEST_READ
                ? new ExternalIdentifier.Reading(null, ExternalIdentifier.Problem.FORMAT) : kind.read(text);
        if (reading.problem() == ExternalIdentifier.Problem.CHECK_DIGITS) {
            return text;
        }
        if (!reading.isValid()) {
            throw new InvalidQueryException("query.invalidIdentifier." + kind.parameter(),
                    text.length() > 40 ? text.substring(0, 40) : text);
        }
        return reading.canonical();
    }
}
