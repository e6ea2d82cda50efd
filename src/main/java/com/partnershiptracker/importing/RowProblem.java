package com.partnershiptracker.importing;

/** Thrown by a layout while it reads a row: the row is an error with this reason. */
public class RowProblem extends RuntimeException {

    private final transient RowError error;

    public RowProblem(RowError error) {
        super(error.messageKey(), null, false, false);
        this.error = error;
    }

    public static RowProblem in(String column, String messageKey, Object... arguments) {
        return new RowProblem(RowError.in(column, messageKey, arguments));
    }

    public RowError error() {
        return error;
    }
}
