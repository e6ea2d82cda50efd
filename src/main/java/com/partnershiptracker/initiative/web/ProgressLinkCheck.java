package com.partnershiptracker.initiative.web;

import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationService;
import org.springframework.validation.BindingResult;

import java.util.Objects;

/**
 * The rules for recording an actual against a target, checked on the metric form so that a broken
 * rule shows as an error next to the field instead of failing the save: only an actual measures a
 * target; the target must exist, be a target and not the metric itself. A full measure must be about
 * the same organization and initiative, in the same unit when both have a value. A part of the
 * target's measure (a lower bound) may be about another initiative of the same organization or group,
 * but must be in the same unit. Editing a target must not move it away from the actuals already
 * recorded against it.
 */
final class ProgressLinkCheck {

    private final InitiativeService initiatives;
    private final OrganizationService organizations;

    ProgressLinkCheck(InitiativeService initiatives, OrganizationService organizations) {
        this.initiatives = initiatives;
        this.organizations = organizations;
    }

    /**
     * The target the form chose ({@code chosen}, its resolved id), or null when it chose none or broke
     * a rule (then the result holds the error).
     */
    Metric targetOrReject(MetricForm form, Long chosen, Long selfId, Organization about, Initiative of, BindingResult result) {
        if (chosen == null) {
            if (form.isProgressPart() && !result.hasFieldErrors("progressToward")) {
                result.rejectValue("progressPart", "validation.partWithoutTarget");
            }
            return null;
        }
        if (form.getKind() != MetricKind.ACTUAL) {
            return reject(result, "validation.progressOnlyFromActuals");
        }
        if (chosen.equals(selfId)) {
            return reject(result, "validation.progressTowardItself");
        }
        Metric target = initiatives.findMetric(chosen).orElse(null);
        if (target == null) {
            return reject(result, "validation.unknownTarget");
        }
        if (target.getKind() != MetricKind.TARGET) {
            return reject(result, "validation.progressTowardActual");
        }
        return form.isProgressPart() ? partTargetOrReject(form, target, about, of, result)
                : fullTargetOrReject(form, target, about, of, result);
    }

    private static Metric fullTargetOrReject(MetricForm form, Metric target, Organization about, Initiative of,
                                             BindingResult result) {
        if ((about != null || of != null) && !target.isAbout(about, of)) {
            return reject(result, "validation.progressTowardOtherSubject");
        }
        if (form.getValue() != null && target.getValue() != null && !Objects.equals(form.normalizedUnit(), target.getUnit())) {
            return reject(result, "validation.progressTowardOtherUnit");
        }
        return target;
    }

    private Metric partTargetOrReject(MetricForm form, Metric target, Organization about, Initiative of,
                                      BindingResult result) {
        if ((about != null || of != null) && !target.isAboutSameGroupAs(about, of, organizations.hierarchy())) {
            return reject(result, "validation.partTowardOtherGroup");
        }
        if (!Objects.equals(form.normalizedUnit(), target.getUnit())) {
            return reject(result, "validation.partTowardOtherUnit");
        }
        return target;
    }

    /** Refuses an edit of a target that would leave its actuals about another subject (or group) or in another unit. */
    void rejectIfActualsWouldNotMatch(long targetId, MetricForm form, Organization about, Initiative of,
                                      BindingResult result) {
        if (form.getKind() != MetricKind.TARGET) {
            return;
        }
        OrganizationHierarchy groups = organizations.hierarchy();
        for (Metric actual : initiatives.actualsToward(targetId)) {
            if ((about != null || of != null) && !stillAbout(actual, about, of, groups)) {
                result.rejectValue("organization", "validation.targetSubjectHasActuals");
                return;
            }
            boolean unitsDiffer = !Objects.equals(form.normalizedUnit(), actual.getUnit());
            if (actual.isProgressPart() ? unitsDiffer : form.getValue() != null && actual.getValue() != null && unitsDiffer) {
                result.rejectValue("unit", "validation.targetUnitHasActuals");
                return;
            }
        }
    }

    private static boolean stillAbout(Metric actual, Organization about, Initiative of, OrganizationHierarchy groups) {
        if (!actual.isProgressPart()) {
            return actual.isAbout(about, of);
        }
        // The rule is symmetric: is the edited target about the actual's group?
        return actual.isAbout(about, of) || (about != null && actual.getOrganization() != null
                && groups.topOf(about.getId()) == groups.topOf(actual.getOrganization().getId()));
    }

    private static Metric reject(BindingResult result, String code) {
        result.rejectValue("progressToward", code);
        return null;
    }
}
