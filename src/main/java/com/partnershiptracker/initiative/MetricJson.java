package com.partnershiptracker.initiative;

import com.partnershiptracker.websupport.PartialDateJson;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A metric in the JSON API: an actual as of a date, or a target for a date. An actual may name the
 * target it measures progress toward by id; a target carries its progress.
 */
public record MetricJson(@Schema(example = "7") long id,
                         MetricKind kind,
                         @Schema(nullable = true, description = "What is measured, in Korean; null when only English is recorded",
                                 example = "월간 활성 이용자")
                         String measureKo,
                         @Schema(nullable = true, description = "What is measured, in English; null when only Korean is recorded",
                                 example = "Monthly active users")
                         String measureEn,
                         @Schema(nullable = true, description = "The figure as a number; null when it is known only as printed (rawText)",
                                 example = "1200000")
                         BigDecimal value,
                         @Schema(nullable = true, description = "The unit of value (people, KRW, %...); null when none", example = "people")
                         String unit,
                         @Schema(nullable = true, description = "The figure as the source prints it; null when none was kept",
                                 example = "120만 명")
                         String rawText,
                         @Schema(nullable = true, description = "The day the figure holds for; null when undated", schemaResolution = Schema.SchemaResolution.ALL_OF)
                         PartialDateJson asOf,
                         @Schema(nullable = true, description = "For a target, when it is due; null for an actual or an undated target", schemaResolution = Schema.SchemaResolution.ALL_OF)
                         PartialDateJson targetDate,
                         @Schema(nullable = true, description = "The slug of the organization measured; null when the metric is about an initiative alone",
                                 example = "woori-bank")
                         String organization,
                         @Schema(nullable = true, description = "The id of the initiative measured; null when the metric is about an organization alone")
                         Long initiative,
                         @Schema(nullable = true, description = "For an actual, the id of the target it measures progress toward; null when none")
                         Long progressToward,
                         @Schema(description = "For a target, how far the actuals recorded against it have come and whether "
                                 + "they are on pace; null for an actual.", nullable = true,
                                 requiredMode = Schema.RequiredMode.REQUIRED, schemaResolution = Schema.SchemaResolution.ALL_OF)
                         Progress progress) {

    /**
     * A target's progress on the day it is served. A target "by 2023" is due at the end of 2023; an actual
     * "as of October 2022" counts at the end of October; months are whole months between those ends.
     */
    public record Progress(
            @Schema(description = "The latest actual's value; null when no actual is recorded or it has no value.", nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal latestValue,
            @Schema(description = "The latest actual's as-of date; null when no actual is recorded or it is undated.", nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED, schemaResolution = Schema.SchemaResolution.ALL_OF)
            PartialDateJson latestAsOf,
            @Schema(description = "The latest actual as a whole percentage of the target (may exceed 100); null when it "
                    + "cannot be worked out (no actual, a figure known only as printed, or different units).", nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Integer percent,
            @Schema(description = "The value a straight line from the first actual to the target asks for at the latest "
                    + "actual's date; null with fewer than two dated actuals.", nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal neededByLatest,
            @Schema(description = "The rise per month needed from now to reach the target by its date; null once reached "
                    + "or past its date, or when it cannot be worked out.", nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal neededPerMonth,
            @Schema(description = "Whole months from now to the month the target is due; null without a target date "
                    + "or once it is past.", nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
            Integer monthsLeft,
            @Schema(description = "REACHED, ON_PACE (on or above the straight line), BEHIND_PACE, DATE_PASSED (due and "
                    + "not reached) or UNKNOWN (too little recorded to draw the line).", requiredMode = Schema.RequiredMode.REQUIRED)
            PaceStatus pace,
            @Schema(description = "Whether the latest actual measures only part of the target's measure (one platform "
                    + "of a group's combined figure): then latestValue and percent are lower bounds (\"at least\"), and "
                    + "the pace is that of the part alone.", requiredMode = Schema.RequiredMode.REQUIRED)
            boolean partial) {

        public static Progress of(TargetProgress progress) {
            Metric latest = progress.latest();
            TargetPace pace = progress.pace();
            return new Progress(latest == null ? null : latest.getValue(),
                    latest == null ? null : PartialDateJson.of(latest.getAsOf()), progress.percent(),
                    pace.neededByLatest(), pace.neededPerMonth(), pace.monthsLeft(), pace.status(), progress.isPartial());
        }
    }

    /** The metric; a target without its actuals shows no progress, so use {@link #of(Metric, Map)} for targets. */
    public static MetricJson of(Metric metric) {
        return of(metric, Map.of());
    }

    /** The metric, with its progress when it is a target among {@code progress} (keyed by target id). */
    public static MetricJson of(Metric metric, Map<Long, TargetProgress> progress) {
        TargetProgress own = metric.getKind() == MetricKind.TARGET ? progress.get(metric.getId()) : null;
        return new MetricJson(metric.getId(), metric.getKind(), metric.getMeasure().ko(), metric.getMeasure().en(),
                metric.getValue(), metric.getUnit(), metric.getRawText(), PartialDateJson.of(metric.getAsOf()),
                PartialDateJson.of(metric.getTarget()),
                metric.getOrganization() == null ? null : metric.getOrganization().getSlug(),
                metric.getInitiative() == null ? null : metric.getInitiative().getId(),
                metric.getProgressToward() == null ? null : metric.getProgressToward().getId(),
                own == null ? null : Progress.of(own));
    }
}
