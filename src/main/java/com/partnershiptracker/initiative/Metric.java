package com.partnershiptracker.initiative;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.Citation;
import com.partnershiptracker.source.Cited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A number about an organization or an initiative: an actual as of a date, or a target for a
 * date. The raw text keeps the figure as printed, which matters when the source prints it
 * malformed and the value had to be read or left empty.
 */
@Entity
@Audited
@Table(name = "metrics")
public class Metric extends BaseEntity implements Cited {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MetricKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", foreignKey = @ForeignKey(name = "fk_metrics_organization"))
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id", foreignKey = @ForeignKey(name = "fk_metrics_initiative"))
    private Initiative initiative;

    @Column(length = 200)
    private String measureKo;

    @Column(length = 200)
    private String measureEn;

    @Column(name = "metric_value", precision = 24, scale = 4)
    private BigDecimal value;

    @Column(length = 40)
    private String unit;

    @Column(length = 200)
    private String rawText;

    @Embedded
    private PartialDate asOf;

    @Embedded
    private PartialDate target;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "progress_toward_id", foreignKey = @ForeignKey(name = "fk_metrics_progress_toward"))
    private Metric progressToward;

    /** Whether this actual measures only part of its target's measure, so that it is a lower bound of it. */
    @Column(name = "progress_part", nullable = false)
    private boolean progressPart;

    @ElementCollection
    @CollectionTable(name = "metric_citations", joinColumns = @JoinColumn(name = "metric_id",
            foreignKey = @ForeignKey(name = "fk_metric_citations_metric")))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    protected Metric() {
    }

    private Metric(MetricKind kind, Organization organization, Initiative initiative, Bilingual measure) {
        this.kind = kind;
        about(organization, initiative);
        remeasure(measure);
    }

    /** A figure reached, such as 7.19 million monthly users as of October 2021. */
    public static Metric actual(Organization organization, Initiative initiative, Bilingual measure) {
        return new Metric(MetricKind.ACTUAL, organization, initiative, measure);
    }

    /** A figure aimed for, such as 15 million monthly users by 2023. */
    public static Metric target(Organization organization, Initiative initiative, Bilingual measure) {
        return new Metric(MetricKind.TARGET, organization, initiative, measure);
    }

    public void about(Organization newOrganization, Initiative newInitiative) {
        if (newOrganization == null && newInitiative == null) {
            throw new IllegalArgumentException("A metric is about an organization, an initiative or both");
        }
        this.organization = newOrganization;
        this.initiative = newInitiative;
    }

    public void remeasure(Bilingual measure) {
        if (measure.isEmpty()) {
            throw new IllegalArgumentException("A metric needs to say what it measures");
        }
        this.measureKo = measure.ko();
        this.measureEn = measure.en();
    }

    /** Records the figure: a value with its unit, and the text as printed. At least one of value and raw text. */
    public void record(BigDecimal newValue, String newUnit, String printedAs) {
        if (newValue == null && (printedAs == null || printedAs.isBlank())) {
            throw new IllegalArgumentException("A metric needs a value or the text as printed");
        }
        this.value = newValue;
        this.unit = newUnit;
        this.rawText = printedAs;
    }

    public void asOf(PartialDate on) {
        this.asOf = on;
    }

    /** The date a target is for. Only targets have one. */
    public void targetFor(PartialDate by) {
        if (by != null && kind != MetricKind.TARGET) {
            throw new IllegalArgumentException("Only a target has a target date");
        }
        this.target = by;
    }

    /**
     * Says that this actual measures progress toward the target, or nothing when null. The target
     * must be a target about the same organization and initiative, in the same unit.
     *
     * @throws IllegalArgumentException when this is not an actual or the target does not qualify
     */
    public void measureProgressToward(Metric newTarget) {
        if (newTarget != null) {
            if (kind != MetricKind.ACTUAL) {
                throw new IllegalArgumentException("Only an actual measures progress toward a target");
            }
            if (!canBeMeasuredBy(newTarget, this)) {
                throw new IllegalArgumentException("Progress is measured toward a target about the same subject, in the same unit");
            }
        }
        this.progressToward = newTarget;
        this.progressPart = false;
    }

    /**
     * Says that this actual measures only part of what the target measures (one platform's users
     * toward all the platforms' users), so that it is a lower bound of the target's measure.
     *
     * @param groups the group structure, which says whether the two are about the same group
     * @throws IllegalArgumentException when this is not an actual or the target does not qualify as a part's target
     * @see #canBeMeasuredInPartBy(Metric, Metric, OrganizationHierarchy)
     */
    public void measurePartOf(Metric newTarget, OrganizationHierarchy groups) {
        Objects.requireNonNull(newTarget, "newTarget");
        if (kind != MetricKind.ACTUAL) {
            throw new IllegalArgumentException("Only an actual measures progress toward a target");
        }
        if (!canBeMeasuredInPartBy(newTarget, this, groups)) {
            throw new IllegalArgumentException(
                    "A part is measured toward a target about the same organization or group, in the same unit");
        }
        this.progressToward = newTarget;
        this.progressPart = true;
    }

    /**
     * Whether the actual may measure part of the target: a target, not the actual itself, in the same
     * unit (a lower bound needs comparable figures, so a unit missing on one side does not do), and
     * about the same subject or about organizations of the same group. A part may be about another
     * initiative, since a part of a group's measure is often another initiative's (one app of the
     * group's platforms); both must name an organization then, for the group to be known.
     */
    public static boolean canBeMeasuredInPartBy(Metric target, Metric actual, OrganizationHierarchy groups) {
        return target.getKind() == MetricKind.TARGET && actual.getKind() == MetricKind.ACTUAL && target != actual
                && (target.getId() == null || !target.getId().equals(actual.getId()))
                && Objects.equals(target.getUnit(), actual.getUnit())
                && target.isAboutSameGroupAs(actual.getOrganization(), actual.getInitiative(), groups);
    }

    /**
     * Whether the actual may measure progress toward the target: a target, not the actual itself,
     * about the same organization and the same initiative, and in the same unit when both have a
     * value (a figure known only as printed may still be recorded against the target). Same subject,
     * because a figure about something else measures something else; it also keeps a target and its
     * actuals on the same pages.
     */
    public static boolean canBeMeasuredBy(Metric target, Metric actual) {
        // Getters, not fields: either may be a lazy proxy.
        return target.getKind() == MetricKind.TARGET && actual.getKind() == MetricKind.ACTUAL && target != actual
                && (target.getId() == null || !target.getId().equals(actual.getId()))
                && target.isAbout(actual.getOrganization(), actual.getInitiative())
                && (target.getValue() == null || actual.getValue() == null
                    || Objects.equals(target.getUnit(), actual.getUnit()));
    }

    /**
     * Whether the metric is about the same subject, or about an organization of the same group as the
     * organization given (the initiatives may differ then).
     */
    public boolean isAboutSameGroupAs(Organization someOrganization, Initiative someInitiative, OrganizationHierarchy groups) {
        if (isAbout(someOrganization, someInitiative)) {
            return true;
        }
        Organization own = getOrganization();
        return own != null && someOrganization != null && own.getId() != null && someOrganization.getId() != null
                && groups.topOf(own.getId()) == groups.topOf(someOrganization.getId());
    }

    /** Whether the metric is about exactly that organization and that initiative (either may be null). */
    public boolean isAbout(Organization someOrganization, Initiative someInitiative) {
        return same(getOrganization(), someOrganization) && same(getInitiative(), someInitiative);
    }

    private static boolean same(BaseEntity one, BaseEntity other) {
        if (one == null || other == null) {
            return one == other;
        }
        return one == other || (one.getId() != null && one.getId().equals(other.getId()));
    }

    @Override
    public void cite(Citation citation) {
        citations.add(Objects.requireNonNull(citation));
    }

    @Override
    public void uncite(int position) {
        citations.remove(position);
    }

    @Override
    public List<Citation> getCitations() {
        return Collections.unmodifiableList(citations);
    }

    public MetricKind getKind() {
        return kind;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public Bilingual getMeasure() {
        return Bilingual.of(measureKo, measureEn);
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public String getRawText() {
        return rawText;
    }

    public PartialDate getAsOf() {
        return asOf;
    }

    public PartialDate getTarget() {
        return target;
    }

    /** The target this actual measures progress toward, or null. */
    public Metric getProgressToward() {
        return progressToward;
    }

    /** Whether this actual measures only part of its target's measure (a lower bound of it). */
    public boolean isProgressPart() {
        return progressPart;
    }
}
