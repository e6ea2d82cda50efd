package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.ExternalIdentifier;

/** Reads an identifier a client searches by ({@code wikidata=Q42}), in any of the forms a form accepts. */
public final class IdentifierParameter {

    private static final int LONGEST_READ = 200;

    private IdentifierParameter() {
    }

    /**
     * @return the identifier in its canonical form, or null when none is given
     * @throws InvalidQueryException when the text is not an identifier of that kind
     */
    public static String parse(String value, ExternalIdentifier kind) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        ExternalIdentifier.Reading reading = text.length() > LONGEST_READ
                ? new ExternalIdentifier.Reading(null, ExternalIdentifier.Problem.FORMAT) : kind.read(text);
        if (!reading.isValid()) {
            throw new InvalidQueryException("query.invalidIdentifier." + kind.parameter()
                    + (reading.problem() == ExternalIdentifier.Problem.CHECK_DIGITS ? ".checkDigits" : ""),
                    text.length() > 40 ? text.substring(0, 40) : text);
        }
        return reading.canonical();
    }
}
