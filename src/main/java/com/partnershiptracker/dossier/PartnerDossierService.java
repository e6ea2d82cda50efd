package com.partnershiptracker.dossier;

import com.partnershiptracker.agreement.AgreementFilter;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.AgreementSummary;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationNotFoundException;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.statement.StatementService;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineOrder;
import com.partnershiptracker.timeline.TimelineService;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Set;

@Service
@Transactional(readOnly = true)
public class PartnerDossierService {

    static final int AGREEMENTS_SHOWN = PageSlice.MAX_SIZE;
    static final int TIMELINE_ENTRIES_SHOWN = PageSlice.MAX_SIZE;

    private final OrganizationService organizations;
    private final AgreementService agreements;
    private final InitiativeService initiatives;
    private final PersonService people;
    private final StatementService statements;
    private final TimelineService timeline;
    private final CitationLookup citations;

    PartnerDossierService(OrganizationService organizations, AgreementService agreements, InitiativeService initiatives,
                          PersonService people, StatementService statements, TimelineService timeline,
                          CitationLookup citations) {
        this.organizations = organizations;
        this.agreements = agreements;
        this.initiatives = initiatives;
        this.people = people;
        this.statements = statements;
        this.timeline = timeline;
        this.citations = citations;
    }

    /**
     * The dossier of the organization with that slug, in a fixed number of statements whatever
     * the size of the record. The agreement list and the timeline hold their first
     * {@value #AGREEMENTS_SHOWN} rows, with the full totals.
     *
     * @throws OrganizationNotFoundException when no organization has that slug
     */
    public PartnerDossier dossierOf(String slug, boolean includeAffiliates, Locale locale) {
        Organization organization = organizations.findWithParentBySlug(slug)
                .orElseThrow(() -> new OrganizationNotFoundException(slug));
        PartnerSelection selection = organizations.selectPartners(List.of(slug), includeAffiliates);
        Set<Long> ids = selection.organizationIds();

        Page<AgreementSummary> agreementPage = agreements.search(AgreementFilter.everything()
                .withPartners(List.of(slug), includeAffiliates)
                .onPage(new PageSlice(0, AGREEMENTS_SHOWN)), locale);
        TimelineFilter ownTimeline = TimelineFilter.everything().withPartners(List.of(slug), includeAffiliates);
        Page<TimelineEntry> entries = timeline.entries(ownTimeline.onPage(new PageSlice(0, TIMELINE_ENTRIES_SHOWN)));
        Page<TimelineEntry> latest = entries.getTotalElements() <= entries.getNumberOfElements()
                ? entries
                : timeline.entries(ownTimeline.ordered(TimelineOrder.NEWEST_FIRST).onPage(new PageSlice(0, 1)));

        return new PartnerDossier(organization, ids,
                organizations.affiliatesOf(organization),
                organizations.relationsOf(organization),
                agreementPage,
                initiatives.initiativesInvolving(ids),
                people.positionsAt(ids),
                statements.statementsFor(ids),
                initiatives.metricsAbout(ids),
                entries,
                citations.sourcesAbout(ids),
                firstDate(entries),
                latest == entries ? lastDate(entries) : firstDate(latest));
    }

    private static PartialDate firstDate(Page<TimelineEntry> entries) {
        return entries.hasContent() ? entries.getContent().get(0).date() : null;
    }

    private static PartialDate lastDate(Page<TimelineEntry> entries) {
        return entries.hasContent() ? entries.getContent().get(entries.getNumberOfElements() - 1).date() : null;
    }
}
