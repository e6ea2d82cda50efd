package com.partnershiptracker.shared.web;

import org.springframework.ui.Model;

import java.util.Map;

/** The page that asks before a delete, shared by every kind of record that has no confirmation page of its own. */
public final class DeleteConfirmation {

    public static final String VIEW = "admin/confirm-delete";

    private DeleteConfirmation() {
    }

    /** Fills the model: what is deleted, where the form posts, where cancel goes, and what refers to it. */
    public static String show(Model model, String label, String deleteAction, String backLink, Map<String, Long> references) {
        model.addAttribute("label", label);
        model.addAttribute("deleteAction", deleteAction);
        model.addAttribute("backLink", backLink);
        model.addAttribute("references", references);
        return VIEW;
    }
}
