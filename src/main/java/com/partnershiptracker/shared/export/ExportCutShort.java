package com.partnershiptracker.shared.export;

/**
 * An export that stopped after its first bytes were sent: its time ran out, or the database
 * failed. Deliberately not a data access exception, so that no error page is written into the
 * file; the server closes the connection without ending the response, so that the client sees an
 * interrupted download rather than a complete file.
 */
public class ExportCutShort extends RuntimeException {

    public ExportCutShort(String reason, Throwable cause) {
        super(reason, cause);
    }
}
