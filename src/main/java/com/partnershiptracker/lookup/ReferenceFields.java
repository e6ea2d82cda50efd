package com.partnershiptracker.lookup;

import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.lookup.LookupMatch;
import com.partnershiptracker.lookup.ReferenceResolver;
import com.partnershiptracker.lookup.Resolution;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves the picker fields of a submitted form. A field that names one record is rewritten to
 * that record's canonical text, so the page shows back exactly what will be saved; an unknown or
 * ambiguous one becomes an error on that field, naming the candidates.
 */
@Component
public class ReferenceFields {

    private final ReferenceResolver resolver;
    private final MessageSource messages;

    ReferenceFields(ReferenceResolver resolver, MessageSource messages) {
        this.resolver = resolver;
        this.messages = messages;
    }

    /**
     * The record the form's {@code field} (a bean path such as {@code parties[0].organization})
     * names, or empty when the field is blank or names no single record, in which case the field
     * carries the error.
     */
    public Optional<LookupMatch> resolve(BindingResult result, String field, LookupKind kind) {
        Object value = result.getRawFieldValue(field);
        if (result.hasFieldErrors(field)) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        Resolution resolution = resolver.resolve(kind, value == null ? null : value.toString());
        String noun = messages.getMessage("lookup.kind." + kind.path(), null, kind.path(), locale);
        if (resolution instanceof Resolution.Found found) {
            PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).setPropertyValue(field, found.match().text(locale));
            return Optional.of(found.match());
        }
        if (resolution instanceof Resolution.Ambiguous ambiguous) {
            result.rejectValue(field, "validation.reference.ambiguous",
                    new Object[]{noun, shortened(value), listed(ambiguous.candidates(), locale)}, null);
        } else if (resolution instanceof Resolution.Unknown unknown && unknown.suggestions().isEmpty()) {
            result.rejectValue(field, "validation.reference.unknown", new Object[]{noun, shortened(value)}, null);
        } else if (resolution instanceof Resolution.Unknown unknown) {
            result.rejectValue(field, "validation.reference.unknownWithSuggestions",
                    new Object[]{noun, shortened(value), listed(unknown.suggestions(), locale)}, null);
        }
        return Optional.empty();
    }

    private static String listed(List<LookupMatch> matches, Locale locale) {
        return matches.stream().map(match -> match.text(locale)).collect(Collectors.joining("; "));
    }

    private static String shortened(Object value) {
        String text = value.toString().strip();
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
