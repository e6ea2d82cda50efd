package com.partnershiptracker.importing;

import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.organization.OrganizationNames;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every organization's slug, names and aliases, read once per pass (two statements; about 3,000 organizations
 * at scale 100000), so that a file's references resolve in memory rather than one query per row. A reference
 * is a slug, a picker's "Name (slug)" text, or a Korean or English name or alias, compared case- and
 * width-insensitively (NFKC), with spaces ignored in Korean. Organizations a pass plans to create are added as
 * it goes, so later rows can refer to them.
 */
public final class OrganizationDirectory {

    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

    private final Map<String, Long> idsBySlug = new HashMap<>();
    private final Map<Long, String> slugsById = new HashMap<>();
    private final Map<String, Set<Long>> idsByName = new HashMap<>();
    private final Map<String, String> plannedSlugsByName = new HashMap<>();
    private final Set<String> plannedSlugs = new LinkedHashSet<>();
    private final Map<Long, Long> parents = new HashMap<>();

    OrganizationDirectory(List<OrganizationNames> organizations) {
        organizations.forEach(this::add);
    }

    private void add(OrganizationNames organization) {
        idsBySlug.put(organization.slug(), organization.id());
        slugsById.put(organization.id(), organization.slug());
        parents.put(organization.id(), organization.parentId());
        name(organization.name().ko(), organization.id());
        name(organization.name().en(), organization.id());
        organization.aliases().forEach(alias -> name(alias, organization.id()));
    }

    private void name(String name, long id) {
        String key = normalized(name);
        if (key != null) {
            idsByName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        }
    }

    /** The text as names are compared: NFKC, lower case, spaces collapsed, and in Korean left out. */
    public static String normalized(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return HANGUL.matcher(folded).find() ? folded.replaceAll("\\s+", "") : folded.replaceAll("\\s+", " ");
    }

    /** The slug the reference names, or why it names none: unknown, or ambiguous with the candidates' slugs. */
    public Reference resolve(String text) {
        String key = ReferenceText.keyOf(text);
        String slug = key == null ? null : key.toLowerCase(Locale.ROOT);
        if (slug != null && (idsBySlug.containsKey(slug) || plannedSlugs.contains(slug))) {
            return new Reference(slug, List.of());
        }
        String name = normalized(text);
        Set<Long> ids = name == null ? Set.of() : idsByName.getOrDefault(name, Set.of());
        String planned = name == null ? null : plannedSlugsByName.get(name);
        if (ids.size() == 1 && planned == null) {
            return new Reference(slugsById.get(ids.iterator().next()), List.of());
        }
        if (ids.isEmpty() && planned != null) {
            return new Reference(planned, List.of());
        }
        List<String> candidates = new ArrayList<>();
        ids.forEach(id -> candidates.add(slugsById.get(id)));
        if (planned != null) {
            candidates.add(planned);
        }
        return new Reference(null, candidates.stream().sorted().toList());
    }

    public Optional<Long> idOf(String slug) {
        return Optional.ofNullable(idsBySlug.get(slug));
    }

    public String slugOf(Long id) {
        return id == null ? null : slugsById.get(id);
    }

    public boolean isTaken(String slug) {
        return idsBySlug.containsKey(slug) || plannedSlugs.contains(slug);
    }

    /** Whether the organization, through its parents, sits below {@code ancestorSlug}. */
    public boolean sitsBelow(String slug, String ancestorSlug) {
        Long ancestor = idsBySlug.get(ancestorSlug);
        int steps = 0;
        for (Long at = idsBySlug.get(slug); at != null && steps++ <= parents.size(); at = parents.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** An organization the pass will create, findable from later rows by its slug and names. */
    public void plan(String slug, String... names) {
        plannedSlugs.add(slug);
        for (String name : names) {
            String key = normalized(name);
            if (key != null) {
                plannedSlugsByName.putIfAbsent(key, slug);
            }
        }
    }

    /** A resolved reference: the slug, or (slug null) the candidates, none when nothing matched. */
    public record Reference(String slug, List<String> candidates) {

        public boolean found() {
            return slug != null;
        }

        public boolean ambiguous() {
            return slug == null && candidates.size() > 1;
        }
    }
}
