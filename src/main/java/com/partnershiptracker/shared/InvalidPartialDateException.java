package com.partnershiptracker.shared;

/** Thrown when text cannot be read as a year, a year-month or a full date. */
public class InvalidPartialDateException extends IllegalArgumentException {

    private final String input;

    public InvalidPartialDateException(String input) {
        super("Not a date of the form 2020, 2020-07 or 2020-07-15: '" + input + "'");
        this.input = input;
    }

    public String getInput() {
        return input;
    }
}
