package com.partnershiptracker.initiative;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/** Targets with the actuals recorded against them: a partner's for its page, and those among a page of metrics for the API. */
@Service
@Transactional(readOnly = true)
public class TargetsQuery {

    /** How many targets a partner's page shows; the figures section lists them all. */
    public static final int SHOWN = 10;

    private final MetricRepository metrics;

    TargetsQuery(MetricRepository metrics) {
        this.metrics = metrics;
    }

    /**
     * The first {@value #SHOWN} targets about the organizations or their initiatives, soonest due first, with their
     * actuals, subjects and citations; two statements.
     */
    public List<TargetProgress> about(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = metrics.findTargetIdsAbout(organizationIds, SHOWN);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<TargetProgress> all = TargetProgress.allIn(metrics.findWithActualsToward(ids));
        return ids.stream().flatMap(id -> all.stream().filter(p -> p.target().getId().equals(id))).toList();
    }

    /**
     * The progress of each target among the metrics, keyed by the target's id; one statement when there is a
     * target among them, none otherwise.
     */
    public Map<Long, TargetProgress> progressOf(Collection<Metric> among) {
        List<Metric> targets = among.stream().filter(m -> m.getKind() == MetricKind.TARGET).toList();
        if (targets.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Metric>> actuals = new HashMap<>();
        for (Metric actual : metrics.findByProgressTowardIdIn(targets.stream().map(Metric::getId).toList())) {
            actuals.computeIfAbsent(actual.getProgressToward().getId(), id -> new ArrayList<>()).add(actual);
        }
        Map<Long, TargetProgress> progress = new LinkedHashMap<>();
        targets.forEach(t -> progress.put(t.getId(), TargetProgress.of(t, actuals.getOrDefault(t.getId(), List.of()))));
        return progress;
    }
}
