package com.partnershiptracker.dossier;

import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.MetricsPage;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationNotFoundException;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.SourceSummary;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.statement.StatementService;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A partner's pages. Each costs a fixed number of statements whatever the size of the record:
 * the overview four, each section at most three. The group structure comes from the cached
 * hierarchy, and a partner always covers its affiliates at any depth.
 */
@Service
@Transactional(readOnly = true)
public class PartnerDossierService {

    private final OrganizationService organizations;
    private final AgreementService agreements;
    private final InitiativeService initiatives;
    private final PersonService people;
    private final StatementService statements;
    private final CitationLookup citations;
    private final PartnerSummaryQuery summaries;
    private final PartnerRelationshipsQuery relationships;
    private final PartnerAsOfQuery asOf;

    PartnerDossierService(OrganizationService organizations, AgreementService agreements, InitiativeService initiatives,
                          PersonService people, StatementService statements, CitationLookup citations,
                          PartnerSummaryQuery summaries, PartnerRelationshipsQuery relationships, PartnerAsOfQuery asOf) {
        this.organizations = organizations;
        this.agreements = agreements;
        this.initiatives = initiatives;
        this.people = people;
        this.statements = statements;
        this.citations = citations;
        this.summaries = summaries;
        this.relationships = relationships;
        this.asOf = asOf;
    }

    /**
     * The positions held in the partner and its affiliates on the day, and each measure's latest
     * actual figure dated on or before it, in two statements.
     *
     * @throws OrganizationNotFoundException when no organization has that slug
     */
    public PartnerAsOf asOf(String slug, LocalDate day) {
        organizations.findNode(slug).orElseThrow(() -> new OrganizationNotFoundException(slug));
        return asOf.asOf(coveredBy(slug), day);
    }

    /**
     * The partner's relationships table: one row per agreement, initiative or relation it (or an
     * affiliate) has with organizations outside it, sorted, filtered and paged in the database in
     * two statements whatever the rows. As of a day, only what was in force then, possibly so
     * marked uncertain.
     *
     * @throws OrganizationNotFoundException when no organization has that slug
     */
    public Page<Relationship> relationshipsOf(String slug, RelationshipFilter filter) {
        organizations.findNode(slug).orElseThrow(() -> new OrganizationNotFoundException(slug));
        return relationships.relationshipsOf(coveredBy(slug), filter);
    }

    /** @throws OrganizationNotFoundException when no organization has that slug */
    public PartnerOverview overviewOf(String slug) {
        Organization organization = organizations.findWithParentBySlug(slug)
                .orElseThrow(() -> new OrganizationNotFoundException(slug));
        Set<Long> ids = coveredBy(slug);
        return new PartnerOverview(organization, ids,
                organizations.affiliatesOf(organization.getId()),
                organizations.relationsOf(organization),
                agreements.newestOf(ids, PartnerOverview.AGREEMENTS_SHOWN),
                summaries.summarize(ids));
    }

    /**
     * The overview the partner page shows above its relationships table, which lists the agreements
     * itself: so without a list of agreements (the summary counts them), three statements.
     *
     * @throws OrganizationNotFoundException when no organization has that slug
     */
    public PartnerOverview pageOverviewOf(String slug) {
        Organization organization = organizations.findWithParentBySlug(slug)
                .orElseThrow(() -> new OrganizationNotFoundException(slug));
        Set<Long> ids = coveredBy(slug);
        return new PartnerOverview(organization, ids, organizations.affiliatesOf(organization.getId()),
                organizations.relationsOf(organization), Page.empty(), summaries.summarize(ids));
    }

    /**
     * The group an organization belongs to, named by its topmost organization, when that is
     * neither the organization itself nor its direct parent; from the cached hierarchy, no statement.
     */
    public Optional<OrganizationNode> groupOf(String slug) {
        OrganizationHierarchy hierarchy = organizations.hierarchy();
        return hierarchy.find(slug).flatMap(node -> {
            long top = hierarchy.topOf(node.id());
            if (top == node.id() || Long.valueOf(top).equals(node.parentId())) {
                return Optional.empty();
            }
            return hierarchy.all().stream().filter(candidate -> candidate.id() == top).findFirst();
        });
    }

    public PartnerSectionPage<Page<Initiative>> initiativesOf(String slug, PageSlice slice) {
        return section(slug, PartnerSection.INITIATIVES, slice, initiatives::initiativesInvolving);
    }

    public PartnerSectionPage<Page<Position>> positionsOf(String slug, PageSlice slice) {
        return section(slug, PartnerSection.PEOPLE, slice, people::positionsAt);
    }

    public PartnerSectionPage<MetricsPage> figuresOf(String slug, PageSlice slice) {
        return section(slug, PartnerSection.FIGURES, slice, initiatives::metricsAbout);
    }

    public PartnerSectionPage<Page<Statement>> statementsOf(String slug, PageSlice slice) {
        return section(slug, PartnerSection.STATEMENTS, slice, statements::statementsFor);
    }

    public PartnerSectionPage<Page<SourceSummary>> sourcesOf(String slug, PageSlice slice) {
        return section(slug, PartnerSection.SOURCES, slice, citations::sourcesAbout);
    }

    private <T> PartnerSectionPage<T> section(String slug, PartnerSection section, PageSlice slice,
                                              BiFunction<Set<Long>, PageSlice, T> load) {
        OrganizationNode partner = organizations.findNode(slug).orElseThrow(() -> new OrganizationNotFoundException(slug));
        return new PartnerSectionPage<>(partner, section, load.apply(coveredBy(slug), slice));
    }

    private Set<Long> coveredBy(String slug) {
        return organizations.selectPartners(List.of(slug), true).organizationIds();
    }
}
