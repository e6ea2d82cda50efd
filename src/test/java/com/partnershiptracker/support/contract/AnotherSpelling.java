package com.partnershiptracker.support.contract;

import com.atlassian.oai.validator.report.ValidationReport.Message;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API reads a choice in any letter case, and with '-' for '_' ({@code sort=title}, {@code order=newest-first},
 * {@code affiliates=TRUE}), as the README says and StrictApiParametersTests proves; the description lists each
 * choice once, as JSON Schema's enum can only. Such a request is the described one written another way, not one
 * the description refuses; anything else outside the choices still is.
 */
final class AnotherSpelling {

    private static final Pattern NOT_IN_ENUM = Pattern.compile(
            "Instance value \\(\"(.*)\"\\) not found in enum \\(possible values: \\[(.*)]\\)", Pattern.DOTALL);
    private static final Pattern NOT_A_BOOLEAN = Pattern.compile("Unrecognized token '([^']*)'");

    private AnotherSpelling() {
    }

    static boolean ofAnAllowedChoice(Message message) {
        String text = message.getMessage();
        return switch (message.getKey()) {
            case "validation.request.parameter.schema.enum" -> spellsAChoice(NOT_IN_ENUM.matcher(text));
            case "validation.request.parameter.schema.invalidJson" -> spellsABoolean(NOT_A_BOOLEAN.matcher(text));
            default -> false;
        };
    }

    private static boolean spellsAChoice(Matcher found) {
        if (!found.find()) {
            return false;
        }
        String given = canonical(found.group(1));
        return Arrays.stream(found.group(2).split(","))
                .map(choice -> choice.strip().replaceAll("^\"|\"$", ""))
                .anyMatch(choice -> canonical(choice).equals(given));
    }

    private static boolean spellsABoolean(Matcher found) {
        return found.find() && (found.group(1).equalsIgnoreCase("true") || found.group(1).equalsIgnoreCase("false"));
    }

    private static String canonical(String value) {
        return value.replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
