package com.partnershiptracker.websupport;

/**
 * A query parameter that is well written but names no record (a network centre that is no organization): in the
 * API a 404 with the message, since the description cannot list every record a free text may name.
 */
public class UnknownRecordInQueryException extends InvalidQueryException {

    public UnknownRecordInQueryException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
