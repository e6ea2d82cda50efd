package com.partnershiptracker.importing;

/** A file that cannot be imported at all (empty, binary, unreadable, wrong columns, too many rows), with the reason to show. */
public class ImportFileException extends RuntimeException {

    private final transient RowError reason;

    public ImportFileException(RowError reason) {
        super(reason.messageKey());
        this.reason = reason;
    }

    public RowError reason() {
        return reason;
    }
}
