package com.partnershiptracker.timeline;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.websupport.Display;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * What happened, as a headline in the reader's language: "KT and Woori Financial Group sign ...",
 * "Sohn Tae-seung: ‘...’", "Woori WON Banking monthly active users reaches 7,190,000 people". Built
 * from the entry's kind, title, organizations and detail with the {@code headline.*} message
 * patterns ({0} the organizations, {1} the title, {2} the detail or figure). The home page and the
 * Atom feed lead with it; the timeline titles an agreement's dates with it ({@link #title}) and
 * shows a figure in its unit ({@link #detail}). Templates use it as {@code ${@headlines.of(entry)}}.
 */
@Component("headlines")
public class TimelineHeadlines {

    private static final int LONGEST_QUOTE = 140;

    private final MessageSource messages;
    private final Display display;

    TimelineHeadlines(MessageSource messages, Display display) {
        this.messages = messages;
        this.display = display;
    }

    /** The entry's headline; its title alone when the kind needs a detail the entry lacks. */
    public String of(TimelineEntry entry) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = display.text(entry.title());
        String detail = shortened(detail(entry));
        String parties = parties(entry.actors(), locale);
        String key = "headline." + (entry.agreementDate() != null ? "AGREEMENT." + entry.agreementDate().name() : entry.kind().name());
        if (parties.isEmpty()) {
            key = messages.getMessage(key + ".alone", null, null, locale) != null ? key + ".alone" : key;
        }
        String pattern = messages.getMessage(key, null, null, locale);
        if (pattern == null || (pattern.contains("{2}") && detail.isEmpty()) || (pattern.contains("{0}") && parties.isEmpty())) {
            return title;
        }
        return messages.getMessage(key, new Object[] {parties, title, detail}, locale);
    }

    /** The title the timeline shows: the headline for an agreement's dates, which says which date it is; else the title. */
    public String title(TimelineEntry entry) {
        return entry.agreementDate() != null ? of(entry) : display.text(entry.title());
    }

    /** The detail the timeline shows: a figure in its unit and the reader's language, else the detail's text. */
    public String detail(TimelineEntry entry) {
        return entry.figure() != null ? display.figure(entry.figure().value(), entry.figure().unit()) : display.text(entry.detail());
    }

    private String parties(List<OrganizationRef> organizations, Locale locale) {
        List<String> names = organizations.stream().map(organization -> display.text(organization.name())).toList();
        if (names.size() < 2) {
            return names.isEmpty() ? "" : names.get(0);
        }
        String separator = messages.getMessage("headline.listSeparator", null, locale);
        String allButLast = String.join(separator, names.subList(0, names.size() - 1));
        return messages.getMessage("headline.and", new Object[] {allButLast, names.get(names.size() - 1)}, locale);
    }

    private static String shortened(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.endsWith(".")) {
            flat = flat.substring(0, flat.length() - 1);
        }
        return flat.length() <= LONGEST_QUOTE ? flat : flat.substring(0, flat.lastIndexOf(' ', LONGEST_QUOTE) > 0
                ? flat.lastIndexOf(' ', LONGEST_QUOTE) : LONGEST_QUOTE) + "…";
    }
}
