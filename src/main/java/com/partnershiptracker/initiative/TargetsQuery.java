package com.partnershiptracker.initiative;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/** Targets with the actuals recorded against them, for the API's pages of metrics. */
@Service
@Transactional(readOnly = true)
public class TargetsQuery {

    private final MetricRepository metrics;

    TargetsQuery(MetricRepository metrics) {
        this.metrics = metrics;
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
