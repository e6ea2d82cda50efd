package com.partnershiptracker.initiative;

import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.websupport.PartialDateJson;

import java.math.BigDecimal;

/**
 * A metric in the JSON API: an actual as of a date, or a target for a date. An actual may name the
 * target it measures progress toward by id.
 */
public record MetricJson(long id, MetricKind kind, String measureKo, String measureEn, BigDecimal value, String unit,
                         String rawText, PartialDateJson asOf, PartialDateJson targetDate, String organization,
                         Long initiative, Long progressToward) {

    public static MetricJson of(Metric metric) {
        return new MetricJson(metric.getId(), metric.getKind(), metric.getMeasure().ko(), metric.getMeasure().en(),
                metric.getValue(), metric.getUnit(), metric.getRawText(), PartialDateJson.of(metric.getAsOf()),
                PartialDateJson.of(metric.getTarget()),
                metric.getOrganization() == null ? null : metric.getOrganization().getSlug(),
                metric.getInitiative() == null ? null : metric.getInitiative().getId(),
                metric.getProgressToward() == null ? null : metric.getProgressToward().getId());
    }
}
