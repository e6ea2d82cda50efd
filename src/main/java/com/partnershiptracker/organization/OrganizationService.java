package com.partnershiptracker.organization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final OrganizationRelationRepository relations;
    private final AtomicReference<OrganizationHierarchy> cachedHierarchy = new AtomicReference<>();

    OrganizationService(OrganizationRepository organizations, OrganizationRelationRepository relations) {
        this.organizations = organizations;
        this.relations = relations;
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

    /** Organizations placed directly under this one: affiliates of a group, units of a company. */
    public List<Organization> affiliatesOf(Organization organization) {
        return organizations.findAffiliates(organization.getId());
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
     * The group structure is cached and reloaded after any organization change commits.
     */
    public PartnerSelection selectPartners(Collection<String> slugs, boolean includeAffiliates) {
        return hierarchy().select(slugs, includeAffiliates);
    }

    /** The group structure as of the last organization change. */
    public OrganizationHierarchy hierarchy() {
        OrganizationHierarchy hierarchy = cachedHierarchy.get();
        if (hierarchy == null) {
            hierarchy = new OrganizationHierarchy(organizations.findAllNodes());
            cachedHierarchy.compareAndSet(null, hierarchy);
        }
        return hierarchy;
    }

    @Transactional
    public Organization save(Organization organization) {
        Organization saved = organizations.save(organization);
        forgetHierarchyAfterCommit();
        return saved;
    }

    @Transactional
    public OrganizationRelation save(OrganizationRelation relation) {
        return relations.save(relation);
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
