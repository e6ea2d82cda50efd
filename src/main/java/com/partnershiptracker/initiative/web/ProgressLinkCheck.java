package com.partnershiptracker.initiative.web;

import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricKind;
import com.partnershiptracker.organization.Organization;
import org.springframework.validation.BindingResult;

import java.util.Objects;

/**
 * The rules for recording an actual against a target, checked on the metric form so that a broken
 * rule shows as an error next to the field instead of failing the save: only an actual measures a
 * target; the target must exist, be a target and not the metric itself; it must be about the same
 * organization and initiative, in the same unit when both have a value. Editing a target must not
 * move it away from the actuals already recorded against it.
 */
final class ProgressLinkCheck {

    private final InitiativeService initiatives;

    ProgressLinkCheck(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    /**
     * The target the form chose ({@code chosen}, its resolved id), or null when it chose none or broke
     * a rule (then the result holds the error).
     */
    Metric targetOrReject(MetricForm form, Long chosen, Long selfId, Organization about, Initiative of, BindingResult result) {
        if (chosen == null) {
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
        if ((about != null || of != null) && !target.isAbout(about, of)) {
            return reject(result, "validation.progressTowardOtherSubject");
        }
        if (form.getValue() != null && target.getValue() != null && !Objects.equals(form.normalizedUnit(), target.getUnit())) {
            return reject(result, "validation.progressTowardOtherUnit");
        }
        return target;
    }

    /** Refuses an edit of a target that would leave its actuals about another subject or in another unit. */
    void rejectIfActualsWouldNotMatch(long targetId, MetricForm form, Organization about, Initiative of,
                                      BindingResult result) {
        if (form.getKind() != MetricKind.TARGET) {
            return;
        }
        for (Metric actual : initiatives.actualsToward(targetId)) {
            if ((about != null || of != null) && !actual.isAbout(about, of)) {
                result.rejectValue("organization", "validation.targetSubjectHasActuals");
                return;
            }
            if (form.getValue() != null && actual.getValue() != null
                    && !Objects.equals(form.normalizedUnit(), actual.getUnit())) {
                result.rejectValue("unit", "validation.targetUnitHasActuals");
                return;
            }
        }
    }

    private static Metric reject(BindingResult result, String code) {
        result.rejectValue("progressToward", code);
        return null;
    }
}
