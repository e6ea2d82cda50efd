package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.SourceCitation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A target with the actual figures recorded against it, oldest first, and how far the latest one
 * has come. The share is only worked out when both figures have a value, in the same unit, and the
 * target is above zero; otherwise the page shows the figures as printed and no bar.
 *
 * @param target  the target
 * @param actuals the actuals that measure progress toward it, oldest first (by as-of date)
 * @param percent the latest actual as a whole percentage of the target, or null when it cannot be worked out;
 *                may exceed 100
 */
public record TargetProgress(Metric target, List<Metric> actuals, Integer percent) {

    /** The bar never runs past its end: a target exceeded shows a full bar and the true percentage in words. */
    public static final int BAR_MAX = 100;

    /** By as-of date (an undated figure counts as the oldest), then in the order recorded. */
    private static final Comparator<Metric> OLDEST_FIRST = Comparator
            .comparing(Metric::getAsOf, Comparator.nullsFirst(Comparator.<PartialDate>naturalOrder()))
            .thenComparing(Metric::getId, Comparator.nullsLast(Comparator.<Long>naturalOrder()));

    public TargetProgress {
        Objects.requireNonNull(target, "target");
        actuals = List.copyOf(actuals);
    }

    /** The target with its actuals, and the share the latest of them reached. */
    public static TargetProgress of(Metric target, List<Metric> actuals) {
        List<Metric> sorted = new ArrayList<>(actuals);
        sorted.sort(OLDEST_FIRST);
        Metric latest = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
        return new TargetProgress(target, sorted, latest == null ? null : percentOf(latest, target));
    }

    /**
     * Every target among the metrics, in their order, each with the actuals among them that measure
     * progress toward it. Works on a list already loaded: reading the link's id does not load the target.
     */
    public static List<TargetProgress> allIn(List<Metric> metrics) {
        Map<Long, List<Metric>> actualsByTarget = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            if (metric.getKind() == MetricKind.TARGET) {
                actualsByTarget.put(metric.getId(), new ArrayList<>());
            }
        }
        for (Metric metric : metrics) {
            Metric toward = metric.getProgressToward();
            if (toward != null && actualsByTarget.containsKey(toward.getId())) {
                actualsByTarget.get(toward.getId()).add(metric);
            }
        }
        return metrics.stream()
                .filter(metric -> metric.getKind() == MetricKind.TARGET)
                .map(target -> of(target, actualsByTarget.get(target.getId())))
                .toList();
    }

    /**
     * The actual as a whole percentage of the target, rounded half up, or null when either has no
     * value, their units differ or the target is not above zero.
     */
    static Integer percentOf(Metric actual, Metric target) {
        BigDecimal reached = actual.getValue();
        BigDecimal aim = target.getValue();
        if (reached == null || aim == null || aim.signum() <= 0 || !Objects.equals(actual.getUnit(), target.getUnit())) {
            return null;
        }
        return reached.multiply(BigDecimal.valueOf(100)).divide(aim, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The progresses keyed by their target's id, in their order. */
    public static Map<Long, TargetProgress> byTargetId(List<TargetProgress> progresses) {
        Map<Long, TargetProgress> byId = new LinkedHashMap<>();
        progresses.forEach(progress -> byId.put(progress.target().getId(), progress));
        return byId;
    }

    /** The most recent actual, or null when none is recorded against the target. */
    public Metric latest() {
        return actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
    }

    /** The actuals before the latest, newest first. */
    public List<Metric> earlier() {
        List<Metric> earlier = new ArrayList<>(actuals.subList(0, Math.max(0, actuals.size() - 1)));
        Collections.reverse(earlier);
        return earlier;
    }

    public boolean hasActual() {
        return !actuals.isEmpty();
    }

    /** Whether the share could be worked out, so a bar is shown. */
    public boolean isMeasured() {
        return percent != null;
    }

    /** The bar's value, between 0 and {@link #BAR_MAX}. */
    public int barValue() {
        return percent == null ? 0 : Math.max(0, Math.min(BAR_MAX, percent));
    }

    /** The metric's citations as pages show them; the metric must have been loaded with its citations and sources. */
    public List<SourceCitation> citationsOf(Metric metric) {
        FactRef fact = new FactRef(FactKind.METRIC, metric.getId());
        return SourceCitation.of(fact, metric);
    }

    /** The pace today (UTC); see {@link TargetPace} for how partial dates count. */
    public TargetPace pace() {
        return paceOn(LocalDate.now(ZoneOffset.UTC));
    }

    public TargetPace paceOn(LocalDate today) {
        return TargetPace.of(this, today);
    }

    /**
     * Whether the latest actual measures only part of the target's measure: its share is then a lower
     * bound ("at least"), and so is everything worked out from it.
     */
    public boolean isPartial() {
        Metric latest = latest();
        return latest != null && latest.isProgressPart();
    }

    /** Whether the actual is about another initiative than the target, so that the page links to it. */
    public boolean isFromElsewhere(Metric actual) {
        Initiative own = target.getInitiative();
        Initiative its = actual.getInitiative();
        return its != null && (own == null || !Objects.equals(own.getId(), its.getId()));
    }

    public boolean isReached() {
        return percent != null && percent >= 100;
    }
}
