package com.partnershiptracker.admin.web;

import com.partnershiptracker.audit.FieldChange;
import com.partnershiptracker.audit.HistoryValue;
import com.partnershiptracker.audit.RecordHistory;
import com.partnershiptracker.audit.RecordKey;
import com.partnershiptracker.audit.RevisionView;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.Display;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A record's history in the reader's language: each field by its label ({@code history.field.signed}),
 * dates as people write them, choices by their labels, and records referred to by their names.
 */
@Component
class HistoryText {

    private final Display display;
    private final MessageSource messages;

    HistoryText(Display display, MessageSource messages) {
        this.display = display;
        this.messages = messages;
    }

    /** One revision as the page lists it. */
    record ShownRevision(RevisionView revision, List<ShownChange> changes) {
    }

    /** One changed field: its label, and its values before and after, empty when it had none. */
    record ShownChange(String field, String before, String after) {
    }

    List<ShownRevision> revisions(RecordHistory history) {
        return history.revisions().stream()
                .map(revision -> new ShownRevision(revision, revision.changes().stream()
                        .map(change -> shown(change, history)).toList()))
                .toList();
    }

    /** The record's name, or its kind and id when it has none. */
    String title(RecordHistory history) {
        return history.title() == null ? unnamed(history.record()) : display.text(history.title());
    }

    String field(String name) {
        return message("history.field." + name, name);
    }

    String value(HistoryValue value, RecordHistory history) {
        if (value instanceof HistoryValue.Text text) {
            return text.text();
        }
        if (value instanceof HistoryValue.Amount amount) {
            return display.number(amount.amount());
        }
        if (value instanceof HistoryValue.Label label) {
            return display.label(label.value());
        }
        if (value instanceof HistoryValue.Date date) {
            return date(date.date());
        }
        if (value instanceof HistoryValue.Words words) {
            return display.text(words.words());
        }
        if (value instanceof HistoryValue.Reference reference) {
            Bilingual name = history.nameOf(reference.record());
            return name == null ? unnamed(reference.record()) : display.text(name);
        }
        if (value instanceof HistoryValue.Composite composite) {
            return joined(composite.parts(), history, ", ");
        }
        return joined(((HistoryValue.Items) value).items(), history, "; ");
    }

    private ShownChange shown(FieldChange change, RecordHistory history) {
        return new ShownChange(field(change.field()), value(change.before(), history), value(change.after(), history));
    }

    private String date(PartialDate date) {
        String text = display.date(date);
        if (date.isInferred()) {
            text += " " + message("history.inferred", "");
        }
        // Both languages: an edit of the Korean note alone must show as a change.
        String notes = java.util.stream.Stream.of(date.note(), date.noteKo()).filter(Objects::nonNull)
                .collect(Collectors.joining(" / "));
        return notes.isEmpty() ? text : text + " — " + notes;
    }

    private String joined(List<HistoryValue> values, RecordHistory history, String separator) {
        return values.stream().map(part -> value(part, history)).filter(Objects::nonNull).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(separator));
    }

    private String unnamed(RecordKey record) {
        return messages.getMessage("history.unnamed", new Object[] {message("AuditedKind." + record.kind(), record.kind()),
                String.valueOf(record.id())}, LocaleContextHolder.getLocale());
    }

    private String message(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
    }
}
