package com.partnershiptracker.websupport;

/** A query parameter that cannot be read; the page answers 400 with the message in the user's language. */
public class InvalidQueryException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidQueryException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
