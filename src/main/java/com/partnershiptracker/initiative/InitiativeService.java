package com.partnershiptracker.initiative;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.StaleRecordException;
import com.partnershiptracker.source.CitationLookup;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Service
@Transactional(readOnly = true)
public class InitiativeService {

    private final InitiativeRepository initiatives;
    private final MetricRepository metrics;

    private final InitiativeListing listing;

    private final CitationLookup citations;

    private final OrganizationService organizations;
    private final AgreementService agreements;

    InitiativeService(InitiativeRepository initiatives, MetricRepository metrics, InitiativeListing listing,
                      CitationLookup citations, OrganizationService organizations, AgreementService agreements) {
        this.organizations = organizations;
        this.agreements = agreements;
        this.initiatives = initiatives;
        this.metrics = metrics;
        this.listing = listing;
        this.citations = citations;
    }

    /**
     * The initiative with its organizations, agreement, metrics and citations, in a fixed number of statements.
     *
     * @throws InitiativeNotFoundException when no initiative has that id
     */
    public InitiativeDetails getDetails(long id) {
        Initiative initiative = getById(id);
        List<OrganizationRef> involved = initiative.getOrganizations().stream()
                .map(io -> new OrganizationRef(io.getOrganization().getId(), io.getOrganization().getSlug(),
                        io.getOrganization().getName(), io.getOrganization().getKind()))
                .toList();
        InitiativeSummary summary = new InitiativeSummary(id, initiative.getTitle(), initiative.getDescription(), initiative.getKind(),
                initiative.getStatus(), initiative.getAgreement() == null ? null : initiative.getAgreement().getId(),
                initiative.getAnnounced(), initiative.getStarted(), initiative.getLaunched(), initiative.getEnded(), involved);
        FactRef fact = new FactRef(FactKind.INITIATIVE, id);
        return new InitiativeDetails(summary, initiative.getDescription(),
                initiative.getAgreement() == null ? null : initiative.getAgreement().getTitle(),
                metrics.findByInitiative(id),
                citations.citationsOf(List.of(fact)).getOrDefault(fact, List.of()),
                metrics.findTowardTargetsOfInitiativeFromElsewhere(id));
    }

    /** One page of initiatives, latest milestone first, with their organizations; three statements. */
    public Page<InitiativeSummary> list(PageSlice slice) {
        return listing.page(slice);
    }

    /** One page of initiatives whose title contains the text; three statements. */
    public Page<InitiativeSummary> search(String text, PageSlice slice) {
        return listing.page(slice, text);
    }

    /** The initiatives each agreement produced, keyed by agreement id; one statement. */
    public Map<Long, List<InitiativeRef>> refsFrom(Collection<Long> agreementIds) {
        return listing.refsFrom(agreementIds);
    }

    /** Metrics whose measure or printed text contains the text; two statements. */
    public Page<Metric> searchMetrics(String text, PageSlice slice) {
        String normalized = com.partnershiptracker.shared.TextQuery.normalize(text);
        return normalized == null ? listMetrics(slice) : metrics.searchWithSubjects(
                com.partnershiptracker.shared.TextQuery.containsPattern(normalized), PageRequest.of(slice.page(), slice.size()));
    }

    /** A page of metrics with their organization and initiative; two statements. */
    public Page<Metric> listMetrics(PageSlice slice) {
        return metrics.findAllWithSubjects(PageRequest.of(slice.page(), slice.size()));
    }

    /** The initiatives an agreement produced, with their organizations; two statements at most. */
    public List<InitiativeSummary> summariesFrom(long agreementId) {
        return listing.fromAgreement(agreementId);
    }

    public Optional<Initiative> findById(long id) {
        return initiatives.findById(id);
    }

    /** @throws InitiativeNotFoundException when no initiative has that id */
    public Initiative getById(long id) {
        return initiatives.findById(id).orElseThrow(() -> new InitiativeNotFoundException(id));
    }

    /** @throws MetricNotFoundException when no metric has that id */
    public Metric getMetric(long id) {
        return metrics.findWithSubjectsById(id).orElseThrow(() -> new MetricNotFoundException(id));
    }

    /** A page of the initiatives any of the organizations is involved in, earliest start first; two statements. */
    public Page<Initiative> initiativesInvolving(Collection<Long> organizationIds, PageSlice slice) {
        PageRequest request = PageRequest.of(slice.page(), slice.size());
        return organizationIds.isEmpty() ? Page.empty(request) : initiatives.findInvolving(organizationIds, request);
    }

    /** Initiatives that came from the agreement; one statement. */
    public List<Initiative> initiativesFrom(long agreementId) {
        return initiatives.findByAgreementIdOrderById(agreementId);
    }

    /**
     * A page of the metrics about the organizations or their initiatives, with their subjects and
     * citations, and the progress of each target on the page; three statements.
     */
    public MetricsPage metricsAbout(Collection<Long> organizationIds, PageSlice slice) {
        PageRequest request = PageRequest.of(slice.page(), slice.size());
        Page<Long> ids = organizationIds.isEmpty() ? Page.empty(request) : metrics.findIdsAbout(organizationIds, request);
        if (!ids.hasContent()) {
            return new MetricsPage(Page.empty(request), List.of());
        }
        List<Metric> loaded = metrics.findWithActualsToward(ids.getContent());
        Map<Long, Metric> byId = loaded.stream().collect(Collectors.toMap(Metric::getId, metric -> metric));
        Page<Metric> page = ids.map(byId::get);
        List<TargetProgress> targets = TargetProgress.allIn(loaded).stream()
                .filter(progress -> ids.getContent().contains(progress.target().getId()))
                .toList();
        return new MetricsPage(page, targets);
    }

    /** The initiative with its organizations and agreement loaded. */
    public Initiative getForEditing(long id) {
        Initiative initiative = getById(id);
        initiative.getOrganizations().forEach(io -> io.getOrganization().getSlug());
        if (initiative.getAgreement() != null) {
            initiative.getAgreement().getTitle();
        }
        return initiative;
    }

    /**
     * Applies an edit if nobody saved the initiative since version {@code expectedVersion}.
     *
     * @throws StaleRecordException when it changed in the meantime
     */
    @Transactional
    public Initiative update(long id, long expectedVersion, InitiativeChange change) {
        Initiative initiative = getById(id);
        initiative.requireVersion(expectedVersion);
        change.applyTo(initiative, lookups());
        return initiative;
    }

    /**
     * Creates an initiative from an edit.
     *
     * @throws IllegalArgumentException when an organization or the agreement it names no longer exists
     */
    @Transactional
    public Initiative create(InitiativeChange change) {
        Initiative initiative = change.newInitiative();
        change.applyTo(initiative, lookups());
        return initiatives.save(initiative);
    }

    private InitiativeChange.Lookups lookups() {
        return new InitiativeChange.Lookups() {
            @Override
            public Optional<Organization> organization(String slug) {
                return organizations.findBySlug(slug);
            }

            @Override
            public Optional<Agreement> agreement(long id) {
                return agreements.findById(id);
            }
        };
    }

    /**
     * The ids of initiatives titled so in either language, titles compared in lower case with spaces left out
     * (so the caller decides among near namesakes); one statement.
     */
    public List<Long> idsTitled(Collection<String> titles) {
        List<String> keys = titles.stream().map(title -> title.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return keys.isEmpty() ? List.of() : initiatives.findIdsByTitleKeyIn(keys);
    }

    /** The initiatives with their agreement and organizations loaded, by id; one statement. */
    public List<Initiative> withOrganizations(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : initiatives.findWithOrganizationsByIdIn(ids);
    }

    /**
     * Every initiative, by id, with its agreement and organizations, into the sink (opened once the database has
     * answered), in batches: one statement per batch and one more.
     */
    public void forEachWithOrganizations(int batch, com.partnershiptracker.export.ExportSink<Initiative> sink) {
        List<Long> ids = initiatives.findAllIdsInOrder();
        sink.open();
        for (int from = 0; from < ids.size(); from += batch) {
            withOrganizations(ids.subList(from, Math.min(ids.size(), from + batch))).forEach(sink::accept);
        }
    }

    /** The ids of figures measuring so in either language, compared in lower case with spaces left out; one statement. */
    public List<Long> metricIdsMeasuring(Collection<String> measures) {
        List<String> keys = measures.stream().map(measure -> measure.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return keys.isEmpty() ? List.of() : metrics.findIdsByMeasureKeyIn(keys);
    }

    /** The figures with their organization, initiative and target loaded, by id; one statement. */
    public List<Metric> metricsWithSubjects(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : metrics.findWithSubjectsByIdIn(ids);
    }

    /** Every figure, targets first and then by id, with its subjects and target, into the sink (opened once the database has answered), in batches. */
    public void forEachMetricWithSubjects(int batch, com.partnershiptracker.export.ExportSink<Metric> sink) {
        List<Long> ids = metrics.findAllIdsTargetsFirst();
        sink.open();
        for (int from = 0; from < ids.size(); from += batch) {
            metricsWithSubjects(ids.subList(from, Math.min(ids.size(), from + batch))).forEach(sink::accept);
        }
    }

    /** Metrics that refer to the initiative; a referenced initiative is not deleted. */
    public long metricCount(long id) {
        return metrics.countByInitiativeId(id);
    }

    /** Every target, with its organization and initiative, for choosing the one an actual measures; one statement. */
    public List<Metric> targets() {
        return metrics.findTargets();
    }

    /** The actuals recorded against the target, in the order they were recorded; one statement. */
    public List<Metric> actualsToward(long targetId) {
        return metrics.findByProgressTowardIdOrderById(targetId);
    }

    /** A metric if one has that id, with its organization and initiative loaded. */
    public Optional<Metric> findMetric(long id) {
        return metrics.findWithSubjectsById(id);
    }

    /**
     * Deletes an initiative no metric refers to.
     *
     * @throws IllegalStateException when metrics refer to it
     */
    @Transactional
    public void delete(long id) {
        if (metricCount(id) > 0) {
            throw new IllegalStateException("Referenced initiatives are not deleted");
        }
        initiatives.delete(getById(id));
    }

    /** A metric with its subjects loaded, for editing. */
    @Transactional
    public Metric updateMetric(long id, long expectedVersion, MetricChange change) {
        Metric metric = getMetric(id);
        metric.requireVersion(expectedVersion);
        change.applyTo(metric, metricLookups());
        return metric;
    }

    /**
     * Creates a figure from an edit.
     *
     * @throws IllegalArgumentException when what it is about or measures toward no longer exists
     */
    @Transactional
    public Metric createMetric(MetricChange change) {
        MetricChange.Lookups lookups = metricLookups();
        Metric metric = change.newMetric(lookups);
        change.applyTo(metric, lookups);
        return metrics.save(metric);
    }

    private MetricChange.Lookups metricLookups() {
        return new MetricChange.Lookups() {
            @Override
            public Optional<Organization> organization(String slug) {
                return organizations.findBySlug(slug);
            }

            @Override
            public Optional<Initiative> initiative(long id) {
                return initiatives.findById(id);
            }

            @Override
            public Optional<Metric> metric(long id) {
                return metrics.findById(id);
            }

            @Override
            public OrganizationHierarchy groups() {
                return organizations.hierarchy();
            }
        };
    }

    /** Deletes a metric; actuals recorded against it (when it is a target) keep their figures and lose the link. */
    @Transactional
    public void deleteMetric(long id) {
        actualsToward(id).forEach(actual -> actual.measureProgressToward(null));
        metrics.delete(getMetric(id));
    }

    @Transactional
    public Initiative save(Initiative initiative) {
        return initiatives.save(initiative);
    }

    @Transactional
    public Metric save(Metric metric) {
        return metrics.save(metric);
    }
}
