package com.partnershiptracker.initiative.web;

import com.partnershiptracker.websupport.EditForm;
import com.partnershiptracker.websupport.FieldLabel;
import com.partnershiptracker.lookup.ReferenceText;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricChange;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.websupport.PartialDateField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** What the metric form edits: an actual or a target, about an organization and/or an initiative. */
public class MetricForm extends EditForm implements MetricChange {

    @FieldLabel("metric.kind") @NotNull private MetricKind kind = MetricKind.ACTUAL;
    @FieldLabel("form.organization") @Size(max = ReferenceText.MAX_LENGTH) private String organization;
    @FieldLabel("admin.metrics.initiative") @Size(max = ReferenceText.MAX_LENGTH) private String initiative;
    @FieldLabel("form.measureKo") @Size(max = 200) private String measureKo;
    @FieldLabel("form.measureEn") @Size(max = 200) private String measureEn;
    /** At most 18 digits before the point: the timeline's read view shows a whole figure as a bigint. */
    @FieldLabel("metric.value") @Digits(integer = 18, fraction = 4) @DecimalMin("-1e18") @DecimalMax("1e18") private BigDecimal value;
    @FieldLabel("form.unit") @Size(max = 40) private String unit;
    @FieldLabel("form.rawText") @Size(max = 200) private String rawText;
    @FieldLabel("metric.asOf") @Valid private PartialDateField asOf = new PartialDateField();
    @FieldLabel("metric.targetDate") @Valid private PartialDateField target = new PartialDateField();
    /** The target this actual measures progress toward, if any, as a picker's text. */
    @FieldLabel("metric.progressToward") @Size(max = ReferenceText.MAX_LENGTH) private String progressToward;
    /** Whether the actual measures only part of the target's measure (a lower bound of it). */
    @FieldLabel("metric.progressPart") private boolean progressPart;

    public static MetricForm from(Metric metric) {
        MetricForm form = new MetricForm();
        form.kind = metric.getKind();
        form.organization = metric.getOrganization() == null ? null
                : ReferenceText.ofSlug(metric.getOrganization().getName(), metric.getOrganization().getSlug());
        form.initiative = metric.getInitiative() == null ? null
                : ReferenceText.ofId(metric.getInitiative().getTitle(), metric.getInitiative().getId());
        form.measureKo = metric.getMeasure().ko();
        form.measureEn = metric.getMeasure().en();
        form.value = metric.getValue();
        form.unit = metric.getUnit();
        form.rawText = metric.getRawText();
        form.asOf = PartialDateField.from(metric.getAsOf());
        form.target = PartialDateField.from(metric.getTarget());
        form.progressToward = metric.getProgressToward() == null ? null
                : ReferenceText.ofId(metric.getProgressToward().getMeasure(), metric.getProgressToward().getId());
        form.progressPart = metric.isProgressPart();
        form.setVersion(metric.getVersion());
        form.markOpened();
        return form;
    }

    @Override
    public Metric newMetric(Lookups lookups) {
        return kind == MetricKind.TARGET ? Metric.target(about(lookups), of(lookups), measure())
                : Metric.actual(about(lookups), of(lookups), measure());
    }

    /** Applies the form; the target it measures toward was checked against the progress rules by the controller. */
    @Override
    public void applyTo(Metric metric, Lookups lookups) {
        metric.about(about(lookups), of(lookups));
        metric.remeasure(measure());
        metric.record(value, normalizedUnit(), blankToNull(rawText));
        metric.asOf(asOf.toPartialDate());
        metric.targetFor(target.toPartialDate());
        Metric toward = ReferenceText.recordOf(progressToward,
                key -> ReferenceText.idOf(key).flatMap(lookups::metric), "validation.unknownTarget");
        if (progressPart && toward != null) {
            metric.measurePartOf(toward, lookups.groups());
        } else {
            metric.measureProgressToward(toward);
        }
    }

    private Organization about(Lookups lookups) {
        return ReferenceText.recordOf(organization, lookups::organization, "validation.unknownOrganization");
    }

    private Initiative of(Lookups lookups) {
        return ReferenceText.recordOf(initiative, key -> ReferenceText.idOf(key).flatMap(lookups::initiative),
                "validation.unknownInitiative");
    }

    /** The unit as it will be stored: stripped, or null when blank. */
    public String normalizedUnit() {
        return blankToNull(unit);
    }

    private Bilingual measure() {
        return Bilingual.of(measureKo, measureEn);
    }

    @AssertTrue(message = "{validation.measureRequired}")
    public boolean isMeasured() {
        return !measure().isEmpty();
    }

    @AssertTrue(message = "{validation.valueRequired}")
    public boolean isValued() {
        return value != null || blankToNull(rawText) != null;
    }

    @AssertTrue(message = "{validation.subjectRequired}")
    public boolean isAboutSomething() {
        return blankToNull(organization) != null || initiative != null;
    }

    @AssertTrue(message = "{validation.targetDateOnlyForTargets}")
    public boolean isTargetDateOnTarget() {
        return kind == MetricKind.TARGET || target.isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public MetricKind getKind() { return kind; }
    public void setKind(MetricKind kind) { this.kind = kind; }
    public String getOrganization() { return organization; }
    public void setOrganization(String organization) { this.organization = organization; }
    public String getInitiative() { return initiative; }
    public void setInitiative(String initiative) { this.initiative = initiative; }
    public String getMeasureKo() { return measureKo; }
    public void setMeasureKo(String measureKo) { this.measureKo = measureKo; }
    public String getMeasureEn() { return measureEn; }
    public void setMeasureEn(String measureEn) { this.measureEn = measureEn; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getRawText() { return rawText; }
    public void setRawText(String rawText) { this.rawText = rawText; }
    public PartialDateField getAsOf() { return asOf; }
    public void setAsOf(PartialDateField asOf) { this.asOf = asOf == null ? new PartialDateField() : asOf; }
    public PartialDateField getTarget() { return target; }
    public void setTarget(PartialDateField target) { this.target = target == null ? new PartialDateField() : target; }
    public String getProgressToward() { return progressToward; }
    public void setProgressToward(String progressToward) { this.progressToward = progressToward; }
    public boolean isProgressPart() { return progressPart; }
    public void setProgressPart(boolean progressPart) { this.progressPart = progressPart; }
}
