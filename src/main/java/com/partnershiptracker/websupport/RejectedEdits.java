package com.partnershiptracker.websupport;

import org.springframework.validation.BindingResult;

/** An edit the service refused for a rule of the record: the form shows why, as a message of the page. */
public final class RejectedEdits {

    private RejectedEdits() {
    }

    /** The refusal's message key when it names one ({@code validation.*}), else a general one. */
    public static void reject(BindingResult result, IllegalArgumentException refusal) {
        String key = refusal.getMessage();
        result.reject(key != null && key.startsWith("validation.") ? key : "validation.rejected");
    }
}
