package com.partnershiptracker.dossier;

import com.partnershiptracker.agreement.AgreementSummary;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.TargetProgress;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.Shortlist;
import com.partnershiptracker.source.SourceSummary;
import com.partnershiptracker.statement.Statement;
import com.partnershiptracker.timeline.TimelineEntry;
import org.springframework.data.domain.Page;

import java.util.List;
import java.util.Set;

/**
 * Everything about one organization. With affiliates included, the agreements, initiatives,
 * people, statements, metrics and timeline of the organizations below it count as its own.
 * Entities here have the associations these lists show already loaded.
 */
public record PartnerDossier(Organization organization, Set<Long> coveredOrganizationIds, List<Organization> affiliates,
                             List<OrganizationRelation> relations, Page<AgreementSummary> agreements,
                             List<Initiative> initiatives, List<Position> positions, List<Statement> statements,
                             List<Metric> metrics, Page<TimelineEntry> timeline, List<SourceSummary> sources,
                             PartialDate firstActivity, PartialDate latestActivity) {

    /** How many of each list the page shows before it links to the rest. */
    public static final int SHOWN_PER_LIST = 20;

    /** The first {@value #SHOWN_PER_LIST} of one of this dossier's lists, with its full size. */
    public <T> Shortlist<T> shortlist(List<T> items) {
        return Shortlist.of(items, SHOWN_PER_LIST);
    }

    /** Each target among the metrics with the actuals recorded against it; worked out from the loaded metrics. */
    public List<TargetProgress> targets() {
        return TargetProgress.allIn(metrics);
    }
}
