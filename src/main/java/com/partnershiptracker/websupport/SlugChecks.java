package com.partnershiptracker.websupport;

import org.springframework.validation.BindingResult;

/** The checks every form with a URL key makes once the key is proposed or typed. */
public final class SlugChecks {

    private SlugChecks() {
    }

    /** A key still blank (no name could propose one) or one another record has is an error on the slug field. */
    public static void reject(BindingResult result, String slug, boolean taken) {
        if (result.hasFieldErrors("slug")) {
            return;
        }
        if (slug == null || slug.isBlank()) {
            result.rejectValue("slug", "validation.slugRequired");
        } else if (taken) {
            result.rejectValue("slug", "validation.slugTaken");
        }
    }

    /** The answer to a form asking, while the editor types a name, which key it would get. */
    public record Proposal(String slug) {
    }
}
