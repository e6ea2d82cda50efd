package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.source.SourceCitation;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the initiative page shows: the summary, its agreement's title, its metrics and its citations.
 *
 * @param actualsFromElsewhere actuals about other initiatives (or none) that measure part of one of this
 *                             initiative's targets; they show under the target, not among the metrics
 */
public record InitiativeDetails(InitiativeSummary summary, Bilingual description,
                                Bilingual agreementTitle, List<Metric> metrics,
                                List<SourceCitation> citations, List<Metric> actualsFromElsewhere) {

    public InitiativeDetails {
        actualsFromElsewhere = List.copyOf(actualsFromElsewhere);
    }

    /** Each target among the metrics with the actuals recorded against it; worked out from the loaded metrics. */
    public List<TargetProgress> targets() {
        if (actualsFromElsewhere.isEmpty()) {
            return TargetProgress.allIn(metrics);
        }
        List<Metric> all = new ArrayList<>(metrics);
        all.addAll(actualsFromElsewhere);
        return TargetProgress.allIn(all);
    }
}
