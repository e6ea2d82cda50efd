package com.partnershiptracker.security;

/** A password the policy refuses; the message key says why. */
public class WeakPasswordException extends IllegalArgumentException {

    private final String messageKey;

    WeakPasswordException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
