package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.ProducedInitiatives;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One dated step in an agreement's own small timeline: its dates and its initiatives' milestones. */
public record Milestone(PartialDate date, String labelKey, Bilingual title, Long initiativeId) {

    static List<Milestone> of(AgreementDetails agreement, List<ProducedInitiatives.Produced> initiatives) {
        List<Milestone> milestones = new ArrayList<>();
        add(milestones, agreement.announced(), "milestone.announced", agreement.title(), null);
        add(milestones, agreement.signed(), "milestone.signed", agreement.title(), null);
        add(milestones, agreement.effective(), "milestone.effective", agreement.title(), null);
        add(milestones, agreement.ended(), "milestone.ended", agreement.title(), null);
        for (ProducedInitiatives.Produced initiative : initiatives) {
            add(milestones, initiative.announced(), "milestone.initiativeAnnounced", initiative.title(), initiative.id());
            add(milestones, initiative.started(), "milestone.initiativeStarted", initiative.title(), initiative.id());
            add(milestones, initiative.launched(), "milestone.initiativeLaunched", initiative.title(), initiative.id());
            add(milestones, initiative.ended(), "milestone.initiativeEnded", initiative.title(), initiative.id());
        }
        milestones.sort(Comparator.comparing(Milestone::date));
        return milestones;
    }

    private static void add(List<Milestone> milestones, PartialDate date, String key, Bilingual title, Long initiativeId) {
        if (date != null) {
            milestones.add(new Milestone(date, key, title, initiativeId));
        }
    }
}
