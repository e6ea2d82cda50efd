package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.source.SourceCitation;

import java.util.List;

/** Everything the initiative page shows: the summary, its agreement's title, its metrics and its citations. */
public record InitiativeDetails(InitiativeSummary summary, Bilingual description,
                                Bilingual agreementTitle, List<Metric> metrics,
                                List<SourceCitation> citations) {

    /** Each target among the metrics with the actuals recorded against it; worked out from the loaded metrics. */
    public List<TargetProgress> targets() {
        return TargetProgress.allIn(metrics);
    }
}
