package com.partnershiptracker.websupport;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

import java.util.Map;

/** The page that asks before a delete, shared by every kind of record that has no confirmation page of its own. */
public final class DeleteConfirmation {

    public static final String VIEW = "admin/confirm-delete";

    private DeleteConfirmation() {
    }

    /**
     * Fills the model: what is deleted, where the form posts, where cancel goes, what refers to it,
     * and the version of the record as the page shows it, which the form sends back.
     */
    public static String show(Model model, String label, String deleteAction, String backLink, Map<String, Long> references,
                              long version) {
        model.addAttribute("version", version);
        model.addAttribute("label", label);
        model.addAttribute("deleteAction", deleteAction);
        model.addAttribute("backLink", backLink);
        model.addAttribute("references", references);
        return VIEW;
    }

    /**
     * Whether the confirmation the editor answered showed an older version of the record than the
     * one saved now. Then nothing is deleted: the response becomes a 409 and the page, shown again
     * with the record as it is now, says why.
     */
    public static boolean isStale(long confirmedVersion, long currentVersion, Model model, HttpServletResponse response) {
        if (confirmedVersion == currentVersion) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("stale", true);
        return true;
    }

    /** Whether records still refer to the one to delete; then nothing is deleted and the page lists them with a 409. */
    public static boolean isReferenced(Map<String, Long> references, HttpServletResponse response) {
        if (references.isEmpty()) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return true;
    }
}
