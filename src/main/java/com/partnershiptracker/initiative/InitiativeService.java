package com.partnershiptracker.initiative;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class InitiativeService {

    private final InitiativeRepository initiatives;
    private final MetricRepository metrics;

    InitiativeService(InitiativeRepository initiatives, MetricRepository metrics) {
        this.initiatives = initiatives;
        this.metrics = metrics;
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
        return metrics.findById(id).orElseThrow(() -> new MetricNotFoundException(id));
    }

    /** Initiatives any of the organizations is involved in; one statement. */
    public List<Initiative> initiativesInvolving(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : initiatives.findInvolving(organizationIds);
    }

    /** Initiatives that came from the agreement; one statement. */
    public List<Initiative> initiativesFrom(long agreementId) {
        return initiatives.findByAgreementIdOrderById(agreementId);
    }

    /** Metrics about the organizations or their initiatives, with both loaded; one statement. */
    public List<Metric> metricsAbout(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : metrics.findAbout(organizationIds);
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
