package com.partnershiptracker.dossier.web;

import com.partnershiptracker.dossier.PartnerDossierService;
import com.partnershiptracker.dossier.PartnerOverview;
import com.partnershiptracker.dossier.PartnerSummary;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.MetricsPage;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.PageSlice;
import org.springframework.data.domain.Page;
import com.partnershiptracker.initiative.InitiativeStatus;
import com.partnershiptracker.initiative.MetricJson;
import com.partnershiptracker.initiative.TargetProgress;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.websupport.PartialDateJson;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * One organization as JSON: its place in the group structure, its newest agreements and the first
 * page of its initiatives, people and figures, with the totals and the paged lists they come from.
 */
@RestController
@Tag(name = "Organizations", description = "Organizations, group structure and relations; one organization with everything the record holds about it.")
class DossierApiController {

    private final PartnerDossierService dossiers;

    DossierApiController(PartnerDossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/api/v1/organizations/{slug}")
    DossierJson show(@PathVariable String slug) {
        PartnerOverview overview = dossiers.overviewOf(slug);
        Page<Initiative> initiatives = dossiers.initiativesOf(slug, PageSlice.first()).content();
        Page<Position> positions = dossiers.positionsOf(slug, PageSlice.first()).content();
        MetricsPage metrics = dossiers.figuresOf(slug, PageSlice.first()).content();
        Organization org = overview.organization();
        PartnerSummary summary = overview.summary();
        return new DossierJson(org.getSlug(), org.getName().ko(), org.getName().en(), org.getKind(),
                org.getParent() == null ? null : org.getParent().getSlug(), org.getAliases(),
                overview.affiliates().stream().map(OrganizationNode::slug).toList(),
                overview.relations().stream().map(r -> {
                    boolean outgoing = r.getSubject().getId().equals(org.getId());
                    return new RelationJson(r.getKind(), outgoing ? "OUTGOING" : "INCOMING",
                            outgoing ? r.getObject().getSlug() : r.getSubject().getSlug());
                }).toList(),
                new TotalsJson(overview.agreements().getTotalElements(), summary.initiatives(), summary.positions(),
                        summary.metrics(), summary.statements()),
                overview.agreements().getContent().stream().map(a -> new AgreementRefJson(a.id(), a.title().ko(), a.title().en(),
                        PartialDateJson.of(a.date()), "/agreements/" + a.id())).toList(),
                initiatives.getContent().stream().map(i -> new InitiativeRefJson(i.getId(), i.getTitle().ko(), i.getTitle().en(),
                        i.getStatus())).toList(),
                positions.getContent().stream().map(p -> new PersonJson(p.getPerson().getSlug(), p.getPerson().getName().ko(),
                        p.getPerson().getName().en(), p.getTitle().ko(), p.getTitle().en(), p.getOrganization().getSlug(),
                        PartialDateJson.of(p.getStarted()), PartialDateJson.of(p.getEnded()))).toList(),
                metrics.metrics().getContent().stream().map(m -> MetricJson.of(m, TargetProgress.byTargetId(metrics.targets()))).toList(),
                new LinksJson("/agreements?partner=" + slug + "&affiliates=true", "/organizations/" + slug + "/initiatives",
                        "/organizations/" + slug + "/people", "/organizations/" + slug + "/figures",
                        "/api/v1/timeline?partner=" + slug + "&affiliates=true"));
    }

    record DossierJson(String slug, String nameKo, String nameEn, OrganizationKind kind, String parent, List<String> aliases,
                       List<String> affiliates, List<RelationJson> relations, TotalsJson totals, List<AgreementRefJson> agreements,
                       List<InitiativeRefJson> initiatives, List<PersonJson> people, List<MetricJson> metrics,
                       LinksJson more) {
    }

    /** How many of each the record holds; the lists above hold the first {@value PageSlice#DEFAULT_SIZE}. */
    record TotalsJson(long agreements, long initiatives, long people, long metrics, long statements) {
    }

    /** Where the whole of each list is. */
    record LinksJson(String agreements, String initiatives, String people, String figures, String timeline) {
    }

    record RelationJson(RelationKind kind, String direction, String slug) {
    }

    record AgreementRefJson(long id, String titleKo, String titleEn, PartialDateJson date, String url) {
    }

    record InitiativeRefJson(long id, String titleKo, String titleEn, InitiativeStatus status) {
    }

    record PersonJson(String slug, String nameKo, String nameEn, String titleKo, String titleEn, String organization,
                      PartialDateJson started, PartialDateJson ended) {
    }
}
