package com.partnershiptracker.lookup;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the text of a picker field as the record it names, the same way for every kind and every
 * form: a canonical "Label (key)" text by its key (when the label is that record's), then a bare
 * slug or id, then a whole Korean or English name or alias, in any case. One look-up statement for
 * a canonical text; at most three for text typed by hand.
 */
@Component
public class ReferenceResolver {

    static final int CANDIDATES_SHOWN = 5;

    private final Lookups lookups;

    ReferenceResolver(Lookups lookups) {
        this.lookups = lookups;
    }

    public Resolution resolve(LookupKind kind, String text) {
        if (text == null || text.isBlank()) {
            return new Resolution.Blank();
        }
        String stripped = text.strip();
        if (stripped.length() > ReferenceText.MAX_LENGTH) {
            return new Resolution.Unknown(List.of());
        }
        Optional<LookupMatch> canonical = ReferenceText.parse(stripped)
                .flatMap(parts -> lookups.byKey(kind, parts.key()).filter(match -> isLabelled(match, parts.label())));
        if (canonical.isPresent()) {
            return new Resolution.Found(canonical.get());
        }
        Optional<LookupMatch> keyed = lookups.byKey(kind, stripped);
        if (keyed.isPresent()) {
            return new Resolution.Found(keyed.get());
        }
        List<LookupMatch> named = lookups.named(kind, stripped, CANDIDATES_SHOWN + 1);
        if (named.size() == 1) {
            return new Resolution.Found(named.get(0));
        }
        if (named.size() > 1) {
            return new Resolution.Ambiguous(named.subList(0, Math.min(named.size(), CANDIDATES_SHOWN)));
        }
        return new Resolution.Unknown(lookups.search(kind, stripped, CANDIDATES_SHOWN));
    }

    /** A canonical text's label is the record's name in either language (cut as the picker cuts it). */
    private static boolean isLabelled(LookupMatch match, String label) {
        return sameLabel(match.label().ko(), label) || sameLabel(match.label().en(), label)
                || label.equals(match.key()) || label.equals("#" + match.key());
    }

    private static boolean sameLabel(String name, String label) {
        if (name == null) {
            return false;
        }
        String shown = ReferenceText.parse(ReferenceText.canonical(name, "x", false)).map(ReferenceText.Parts::label).orElse(name);
        return shown.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT));
    }
}
