package com.partnershiptracker.organization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable snapshot of the group structure: which organization sits under which. It resolves
 * a partner filter, rolling a group up to include its affiliates and internal units when asked.
 */
public final class OrganizationHierarchy {

    private static final Pattern PICKED = Pattern.compile("^.*\\S\\s*\\(([a-z0-9][a-z0-9-]{0,79})\\)$", Pattern.DOTALL);

    private final List<OrganizationNode> all;
    private final Map<String, OrganizationNode> bySlug = new HashMap<>();
    private final Map<Long, OrganizationNode> byId = new HashMap<>();
    private final Map<Long, List<Long>> childrenByParent = new HashMap<>();
    private final Map<String, OrganizationNode> byName = new HashMap<>();
    private final Set<String> sharedNames = new HashSet<>();

    public OrganizationHierarchy(Collection<OrganizationNode> nodes) {
        this.all = List.copyOf(nodes);
        for (OrganizationNode node : nodes) {
            bySlug.put(node.slug(), node);
            byId.put(node.id(), node);
            if (node.parentId() != null) {
                childrenByParent.computeIfAbsent(node.parentId(), parent -> new ArrayList<>()).add(node.id());
            }
            indexName(node.nameKo(), node);
            indexName(node.nameEn(), node);
        }
        sharedNames.forEach(byName::remove);
    }

    private void indexName(String name, OrganizationNode node) {
        if (name == null || name.isBlank()) {
            return;
        }
        OrganizationNode other = byName.putIfAbsent(normalized(name), node);
        if (other != null && other.id() != node.id()) {
            sharedNames.add(normalized(name));
        }
    }

    /**
     * The organization a partner filter value names: its slug, or else its Korean or English name
     * as typed in the search box (any case, spacing trimmed), when no other organization has that name,
     * or else the text a type-ahead picker fills in, "Woori Bank (woori-bank)", by the slug in its brackets.
     */
    public Optional<OrganizationNode> resolve(String slugOrName) {
        OrganizationNode bySlugMatch = bySlug.get(slugOrName);
        if (bySlugMatch != null) {
            return Optional.of(bySlugMatch);
        }
        OrganizationNode byNameMatch = byName.get(normalized(slugOrName));
        if (byNameMatch != null || slugOrName == null) {
            return Optional.ofNullable(byNameMatch);
        }
        Matcher picked = PICKED.matcher(slugOrName.strip());
        return picked.matches() ? Optional.ofNullable(bySlug.get(picked.group(1))) : Optional.empty();
    }

    /** Organizations whose slug or name contains the text (any case), in slug order, at most limit of them. */
    public List<OrganizationNode> matching(String text, int limit) {
        String wanted = normalized(text);
        return all.stream()
                .filter(node -> node.slug().contains(wanted) || normalized(node.nameKo()).contains(wanted)
                        || normalized(node.nameEn()).contains(wanted))
                .limit(limit)
                .toList();
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The organizations a partner filter names. With affiliates included, each named organization
     * brings every organization below it, at any depth. Slugs that name no organization are
     * reported, not silently dropped, so that a filter on an unknown partner matches nothing. A
     * value may also be an organization's name (see resolve).
     */
    public PartnerSelection select(Collection<String> slugs, boolean includeAffiliates) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<Set<Long>> eachPartner = new ArrayList<>();
        for (String slug : slugs) {
            OrganizationNode node = resolve(slug).orElse(null);
            if (node == null) {
                unknown.add(slug);
                continue;
            }
            Set<Long> partnerIds = new LinkedHashSet<>();
            if (includeAffiliates) {
                addWithDescendants(node.id(), partnerIds);
            } else {
                partnerIds.add(node.id());
            }
            ids.addAll(partnerIds);
            eachPartner.add(partnerIds);
        }
        return new PartnerSelection(ids, unknown, eachPartner);
    }

    public boolean contains(String slug) {
        return bySlug.containsKey(slug);
    }

    /** Every organization, in slug order, for pickers. */
    public List<OrganizationNode> all() {
        return all;
    }

    /** The organizations placed directly under this one, by kind and slug. */
    public List<OrganizationNode> childrenOf(long id) {
        return childrenByParent.getOrDefault(id, List.of()).stream()
                .map(byId::get)
                .sorted(java.util.Comparator.comparing(OrganizationNode::kind).thenComparing(OrganizationNode::slug))
                .toList();
    }

    public Optional<OrganizationNode> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /**
     * The topmost organization above this one, the one its group is named after: itself when it
     * has no parent. A parent chain that loops (never stored through the service) stops where it
     * would repeat.
     */
    public long topOf(long id) {
        Set<Long> seen = new HashSet<>();
        long current = id;
        OrganizationNode node = byId.get(current);
        while (node != null && node.parentId() != null && seen.add(current)) {
            current = node.parentId();
            node = byId.get(current);
        }
        return current;
    }

    /** The organization and every organization below it, at any depth. */
    public Set<Long> withDescendants(long id) {
        Set<Long> ids = new LinkedHashSet<>();
        addWithDescendants(id, ids);
        return Set.copyOf(ids);
    }

    private void addWithDescendants(long root, Set<Long> into) {
        Deque<Long> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            long id = pending.pop();
            if (into.add(id)) {
                childrenByParent.getOrDefault(id, List.of()).forEach(pending::push);
            }
        }
    }
}
