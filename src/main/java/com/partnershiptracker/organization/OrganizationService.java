package com.partnershiptracker.organization;

import com.partnershiptracker.audit.ChangeStamp;
import com.partnershiptracker.shared.ExternalIdentifier;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.shared.TextQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final OrganizationRelationRepository relations;
    /** As the page cache's time-to-live: the bound on the one save the change stamp can miss (see ChangeStamp). */
    private static final Duration HIERARCHY_KEPT_AT_MOST = Duration.ofMinutes(5);

    private final AtomicReference<StampedHierarchy> cachedHierarchy = new AtomicReference<>();

    private final OrganizationReferences references;
    private final ParentChain parentChain;
    private final ChangeStamp changes;

    OrganizationService(OrganizationRepository organizations, OrganizationRelationRepository relations,
                        OrganizationReferences references, ParentChain parentChain, ChangeStamp changes) {
        this.organizations = organizations;
        this.relations = relations;
        this.references = references;
        this.parentChain = parentChain;
        this.changes = changes;
    }

    /**
     * Organizations whose slug or name contains the text, or that carry it as an identifier (Q42, a LEI,
     * a corporate registration number, in any form a form takes), by slug, one page at a time; two statements.
     */
    public Page<Organization> search(String text, PageSlice slice) {
        String pattern = text == null || text.isBlank() ? "%" : TextQuery.containsPattern(TextQuery.normalize(text));
        return organizations.search(pattern, identifierIn(text, ExternalIdentifier.WIKIDATA), identifierIn(text, ExternalIdentifier.LEI),
                identifierIn(text, ExternalIdentifier.KR_CORPORATE_REGISTRATION_NUMBER),
                PageRequest.of(slice.page(), slice.size(), Sort.by("slug")));
    }

    private static String identifierIn(String text, ExternalIdentifier kind) {
        return text == null || text.length() > 200 ? null : kind.normalize(text).orElse(null);
    }

    /** What refers to the organization, by kind, leaving out kinds with no references. */
    public Map<String, Long> referencesTo(Organization organization) {
        return references.count(organization.getId());
    }

    /**
     * Deletes an organization nothing refers to.
     *
     * @throws IllegalStateException when other records refer to it
     */
    @Transactional
    public void delete(Organization organization) {
        if (!referencesTo(organization).isEmpty()) {
            throw new IllegalStateException("Referenced organizations are not deleted");
        }
        organizations.delete(organization);
        forgetHierarchyAfterCommit();
    }

    /**
     * Applies an edit to the organization if nobody saved it since the editor loaded version
     * {@code expectedVersion}; the save is one revision in the history.
     *
     * @throws StaleRecordException when the organization changed in the meantime
     * @throws OrganizationNotFoundException when it no longer exists
     * @throws IllegalArgumentException ("validation.parentCycle") when the new parent sits below it, also
     *         through a change another editor committed meanwhile
     */
    @Transactional
    public Organization update(long id, long expectedVersion, OrganizationChange change) {
        Organization organization = getById(id);
        organization.requireVersion(expectedVersion);
        Long parentBefore = parentIdOf(organization);
        change.applyTo(organization, organizations::findBySlug);
        Long parentAfter = parentIdOf(organization);
        if (parentAfter != null && !parentAfter.equals(parentBefore) && wouldSitUnderItself(id, parentAfter)) {
            throw new IllegalArgumentException("validation.parentCycle");
        }
        organizations.flush();
        forgetHierarchyAfterCommit();
        return organization;
    }

    /** Creates an organization from an edit applied to a new record. */
    @Transactional
    public Organization create(Organization organization, OrganizationChange change) {
        change.applyTo(organization, organizations::findBySlug);
        return save(organization);
    }

    public boolean isSlugTaken(String slug, Long exceptId) {
        return organizations.findBySlug(slug).filter(other -> !other.getId().equals(exceptId)).isPresent();
    }

    /** The organization that carries the identifier (in its canonical form), if any. */
    public Optional<Organization> findByIdentifier(ExternalIdentifier kind, String canonical) {
        return switch (kind) {
            case WIKIDATA -> organizations.findByWikidataId(canonical);
            case LEI -> organizations.findByLei(canonical);
            case KR_CORPORATE_REGISTRATION_NUMBER -> organizations.findByKrCorporateRegistrationNumber(canonical);
        };
    }

    /**
     * Which of the identifiers another organization than {@code exceptId} carries already, with that
     * organization; one statement per identifier given.
     */
    public Map<ExternalIdentifier, Organization> identifiersHeldElsewhere(OrganizationIdentifiers identifiers, Long exceptId) {
        Map<ExternalIdentifier, Organization> held = new java.util.EnumMap<>(ExternalIdentifier.class);
        for (ExternalIdentifier kind : ExternalIdentifier.values()) {
            String value = identifiers.of(kind);
            if (value != null) {
                findByIdentifier(kind, value).filter(other -> !other.getId().equals(exceptId))
                        .ifPresent(other -> held.put(kind, other));
            }
        }
        return held;
    }

    /**
     * Every organization's slug, names, parent and aliases, read now (not the cached hierarchy), for matching
     * references by name in bulk; two statements whatever the number of organizations.
     */
    public List<OrganizationNames> allNames() {
        Map<Long, List<String>> aliases = new java.util.HashMap<>();
        for (Object[] row : organizations.findAllAliases()) {
            aliases.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((String) row[1]);
        }
        return organizations.findAllNodes().stream()
                .map(node -> new OrganizationNames(node.id(), node.slug(), node.parentId(), node.name(),
                        aliases.getOrDefault(node.id(), List.of())))
                .toList();
    }

    /** The organizations with these slugs, with their aliases; one statement. */
    public List<Organization> findAllBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : organizations.findAllWithAliasesBySlugIn(slugs);
    }

    /**
     * Every organization with its aliases, parents before their children (then by slug), so that a file
     * written in this order re-imports row by row; two statements.
     */
    public List<Organization> allParentsFirst() {
        List<Organization> all = organizations.findAllWithAliases();
        Map<Long, Long> parents = new java.util.HashMap<>();
        all.forEach(organization -> parents.put(organization.getId(), organization.getParentId()));
        Map<Long, Integer> depths = new java.util.HashMap<>();
        all.forEach(organization -> depths.put(organization.getId(), depth(organization.getId(), parents)));
        return all.stream().sorted(java.util.Comparator.<Organization>comparingInt(o -> depths.get(o.getId()))
                .thenComparing(Organization::getSlug)).toList();
    }

    private static int depth(Long id, Map<Long, Long> parents) {
        int depth = 0;
        for (Long at = parents.get(id); at != null && depth < parents.size(); at = parents.get(at)) {
            depth++;
        }
        return depth;
    }

    public Optional<Organization> findBySlug(String slug) {
        return organizations.findBySlug(slug);
    }

    /** @throws OrganizationNotFoundException when no organization has that slug */
    public Organization getBySlug(String slug) {
        return organizations.findBySlug(slug).orElseThrow(() -> new OrganizationNotFoundException(slug));
    }

    /** The organization with its parent and aliases loaded, for pages that show them. */
    public Optional<Organization> findWithParentBySlug(String slug) {
        return organizations.findWithParentBySlug(slug);
    }

    /** Organizations placed directly under this one: affiliates of a group, units of a company; from the cache. */
    public List<OrganizationNode> affiliatesOf(long organizationId) {
        return hierarchy().childrenOf(organizationId);
    }

    /** The organization's place in the group structure, from the cache. */
    public Optional<OrganizationNode> findNode(String slug) {
        return hierarchy().find(slug);
    }

    /** @throws OrganizationNotFoundException when no organization has that id */
    public Organization getById(long id) {
        return organizations.findById(id).orElseThrow(() -> new OrganizationNotFoundException(id));
    }

    /** Relations in which the organization is subject or object, with both ends loaded. */
    public List<OrganizationRelation> relationsOf(Organization organization) {
        return relations.findInvolving(organization.getId());
    }

    /**
     * Resolves a partner filter to organization ids; see {@link OrganizationHierarchy#select}.
     * The group structure is cached and reloaded once any save has committed, on any instance.
     */
    public PartnerSelection selectPartners(Collection<String> slugs, boolean includeAffiliates) {
        return hierarchy().select(slugs, includeAffiliates);
    }

    /**
     * The group structure as of the last save, on this instance or another; read again only once the change stamp
     * has moved (one index probe, shared with the rest of the request).
     */
    public OrganizationHierarchy hierarchy() {
        // Read before the structure, so that a kept structure is never older than its stamp.
        ChangeStamp.Stamp now = changes.current();
        StampedHierarchy kept = cachedHierarchy.get();
        if (kept != null && kept.stamp().equals(now) && System.nanoTime() - kept.readAtNanos() < HIERARCHY_KEPT_AT_MOST.toNanos()) {
            return kept.hierarchy();
        }
        OrganizationHierarchy fresh = new OrganizationHierarchy(organizations.findAllNodes());
        cachedHierarchy.compareAndSet(kept, new StampedHierarchy(now, System.nanoTime(), fresh));
        return fresh;
    }

    private record StampedHierarchy(ChangeStamp.Stamp stamp, long readAtNanos, OrganizationHierarchy hierarchy) {
    }

    @Transactional
    public Organization save(Organization organization) {
        Organization saved = organizations.save(organization);
        forgetHierarchyAfterCommit();
        return saved;
    }

    /** A relation with both ends loaded. @throws OrganizationNotFoundException when there is none */
    public OrganizationRelation getRelation(long id) {
        return relations.findWithEndsById(id).orElseThrow(() -> new OrganizationNotFoundException("relation " + id));
    }

    /** Every relation, both ends loaded, by kind; one statement. */
    public List<OrganizationRelation> allRelations() {
        return relations.findAllWithEnds();
    }

    /**
     * Applies an edit if nobody saved the relation since version {@code expectedVersion}.
     *
     * @throws StaleRecordException when it changed in the meantime
     */
    @Transactional
    public OrganizationRelation updateRelation(long id, long expectedVersion, RelationChange change) {
        OrganizationRelation relation = getRelation(id);
        relation.requireVersion(expectedVersion);
        change.applyTo(relation, this::findBySlug);
        return relations.save(relation);
    }

    /**
     * Creates a relation from an edit.
     *
     * @throws IllegalArgumentException when an organization it names no longer exists
     */
    @Transactional
    public OrganizationRelation createRelation(RelationChange change) {
        OrganizationRelation relation = change.newRelation(this::findBySlug);
        change.applyTo(relation, this::findBySlug);
        return relations.save(relation);
    }

    @Transactional
    public void deleteRelation(long id) {
        relations.delete(getRelation(id));
    }

    @Transactional
    public OrganizationRelation save(OrganizationRelation relation) {
        return relations.save(relation);
    }

    /**
     * Whether placing the organization under {@code newParentId} would make a cycle, as the
     * database holds the group structure now. Takes the lock every parent change takes, until the
     * transaction ends; so a caller that goes on to change the parent is safe from a concurrent
     * editor making the other half of the cycle.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean wouldSitUnderItself(long organizationId, long newParentId) {
        return organizationId == newParentId || parentChain.wouldSitUnderItself(organizationId, newParentId);
    }

    private static Long parentIdOf(Organization organization) {
        return organization.getParentId();
    }

    /** Drops the cached group structure after an organization changed outside this service, such as a restore. */
    public void organizationsChangedElsewhere() {
        forgetHierarchyAfterCommit();
    }

    private void forgetHierarchyAfterCommit() {
        cachedHierarchy.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cachedHierarchy.set(null);
                }
            });
        }
    }
}
