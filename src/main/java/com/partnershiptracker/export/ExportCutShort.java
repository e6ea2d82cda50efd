package com.partnershiptracker.export;

/**
 * An export that stopped after its first bytes were sent: its time ran out, or the database
 * failed. It carries no cause, on purpose: error handlers match causes too, and the one for
 * database errors would write its page into the file and end the response as if it were whole.
 * With no handler, the error reaches Tomcat, which closes the connection without ending the
 * response, so that the client sees an interrupted download. The cause is logged where the export
 * was cut.
 */
public class ExportCutShort extends RuntimeException {

    public ExportCutShort(String reason) {
        super(reason);
    }
}
