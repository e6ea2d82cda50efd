package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.InvalidPartialDateException;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.WrittenDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells a form, while the editor types, how a written date will be saved: "2021.03.05" reads as
 * 2021-03-05, 5 March 2021. The forms' script asks; the server's reading is the only one.
 */
@RestController
class WrittenDateController {

    private final Display display;
    private final MessageSource messages;

    WrittenDateController(Display display, MessageSource messages) {
        this.display = display;
        this.messages = messages;
    }

    @GetMapping("/admin/dates/reading")
    Reading read(@RequestParam(name = "text", defaultValue = "") String text) {
        if (text.isBlank()) {
            return new Reading(null, null, null);
        }
        try {
            PartialDate date = WrittenDate.read(text);
            return new Reading(date.toIsoString(), messages.getMessage("form.dateReadsAs",
                    new Object[] {date.toIsoString(), display.date(date)}, LocaleContextHolder.getLocale()), null);
        } catch (InvalidPartialDateException e) {
            return new Reading(null, null, messages.getMessage("validation.partialDate", null, LocaleContextHolder.getLocale()));
        }
    }

    /** The date as it will be saved, in canonical form and in words; or why it cannot be read. */
    record Reading(String canonical, String reading, String error) {
    }
}
