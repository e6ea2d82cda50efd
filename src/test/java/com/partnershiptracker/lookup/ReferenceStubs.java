package com.partnershiptracker.lookup;

import com.partnershiptracker.shared.Bilingual;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/**
 * For controller slices that mock the {@link ReferenceResolver}: it knows the records given and
 * reads their key, canonical text or name as the real one does; any other text is unknown.
 */
public final class ReferenceStubs {

    private final Map<LookupKind, List<LookupMatch>> known = new EnumMap<>(LookupKind.class);

    private ReferenceStubs(ReferenceResolver resolver) {
        when(resolver.resolve(any(), any())).thenAnswer(call -> resolve(call.getArgument(0), call.getArgument(1)));
    }

    public static ReferenceStubs on(ReferenceResolver resolver) {
        return new ReferenceStubs(resolver);
    }

    public ReferenceStubs organization(long id, String slug, String nameKo, String nameEn) {
        return add(new LookupMatch(LookupKind.ORGANIZATIONS, id, slug, Bilingual.of(nameKo, nameEn), null, null, null));
    }

    public ReferenceStubs person(long id, String slug, String nameKo, String nameEn) {
        return add(new LookupMatch(LookupKind.PEOPLE, id, slug, Bilingual.of(nameKo, nameEn), null, null, null));
    }

    public ReferenceStubs byId(LookupKind kind, long id, String titleKo, String titleEn) {
        return add(new LookupMatch(kind, id, String.valueOf(id), Bilingual.of(titleKo, titleEn), null, null, null));
    }

    private ReferenceStubs add(LookupMatch match) {
        known.computeIfAbsent(match.kind(), kind -> new ArrayList<>()).add(match);
        return this;
    }

    private Resolution resolve(LookupKind kind, String text) {
        if (text == null || text.isBlank()) {
            return new Resolution.Blank();
        }
        String key = ReferenceText.keyOf(text);
        String bare = key.startsWith("#") ? key.substring(1) : key;
        List<LookupMatch> matches = known.getOrDefault(kind, List.of()).stream()
                .filter(match -> match.key().equals(bare) || text.strip().equalsIgnoreCase(match.label().ko())
                        || text.strip().equalsIgnoreCase(match.label().en()))
                .toList();
        if (matches.size() == 1) {
            return new Resolution.Found(matches.get(0));
        }
        return matches.isEmpty() ? new Resolution.Unknown(List.of()) : new Resolution.Ambiguous(matches);
    }
}
