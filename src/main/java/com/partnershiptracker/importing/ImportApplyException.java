package com.partnershiptracker.importing;

/** A row that planned well but that its feature refused when saved; the whole import was rolled back. */
public class ImportApplyException extends RuntimeException {

    private final long rowNumber;

    protected ImportApplyException(long rowNumber, RuntimeException cause) {
        super("Row " + rowNumber + ": " + cause.getMessage(), cause);
        this.rowNumber = rowNumber;
    }

    public long rowNumber() {
        return rowNumber;
    }

    /** The feature's reason, which is a message key where the feature gives one. */
    public String reason() {
        return getCause().getMessage();
    }
}
