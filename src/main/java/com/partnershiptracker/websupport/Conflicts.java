package com.partnershiptracker.websupport;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The one way a stale save is answered: 409, the three-way panel, and the editor's input kept in a
 * form that now targets the version just shown, so that saving again is a deliberate choice.
 */
@Component
public class Conflicts {

    private final Display display;

    Conflicts(Display display) {
        this.display = display;
    }

    /** Puts the panel comparing {@code yours} with {@code theirs}, the record as saved now, on the page. */
    public void show(Model model, HttpServletResponse response, EditForm yours, EditForm theirs) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("conflict", ConflictPanel.of(yours, theirs, display));
        yours.setVersion(theirs.getVersion());
        yours.setOpened(FormValues.of(theirs).encode());
    }
}
