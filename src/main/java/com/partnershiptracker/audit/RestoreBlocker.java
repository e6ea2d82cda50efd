package com.partnershiptracker.audit;

/**
 * One reason a version cannot be restored: a message key (its argument is {@code value}), and the
 * record in the way when there is one (its type and id), for the page to link to.
 */
public record RestoreBlocker(String messageKey, String value, Class<?> recordType, Long recordId) {

    public static RestoreBlocker because(String messageKey, String value) {
        return new RestoreBlocker(messageKey, value, null, null);
    }

    public static RestoreBlocker because(String messageKey, String value, Class<?> recordType, Long recordId) {
        return new RestoreBlocker(messageKey, value, recordType, recordId);
    }
}
