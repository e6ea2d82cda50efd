package com.partnershiptracker.dossier.web;

import com.partnershiptracker.agreement.LaunchRecordService;
import com.partnershiptracker.dossier.PartnerDossierService;
import com.partnershiptracker.dossier.PartnerOverview;
import com.partnershiptracker.dossier.PartnerSection;
import com.partnershiptracker.dossier.PartnerSectionPage;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineOrder;
import com.partnershiptracker.timeline.TimelineService;
import com.partnershiptracker.websupport.PageQuery;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

@Controller
class PartnerPageController {

    static final String VIEW = "organizations/show";
    /** The newest entries listed under the partner's chart; the timeline page holds the rest. */
    static final int TIMELINE_ENTRIES_SHOWN = 20;

    private final PartnerDossierService dossiers;
    private final TimelineService timeline;
    private final LaunchRecordService launchRecords;

    PartnerPageController(PartnerDossierService dossiers, TimelineService timeline, LaunchRecordService launchRecords) {
        this.dossiers = dossiers;
        this.timeline = timeline;
        this.launchRecords = launchRecords;
    }

    @GetMapping("/organizations/{slug}")
    String show(@PathVariable String slug, @ModelAttribute("relationshipsQuery") RelationshipsQuery query, Model model) {
        LocalDate asOf = query.asOfDay();
        PartnerOverview overview = dossiers.pageOverviewOf(slug);
        boolean korean = "ko".equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("overview", overview);
        model.addAttribute("group", dossiers.groupOf(slug).orElse(null));
        model.addAttribute("launches", launchRecords.launchesOf(overview.coveredOrganizationIds()));
        model.addAttribute("relationCitations", overview.relations().stream()
                .collect(Collectors.toMap(OrganizationRelation::getId, overview::citationsOf)));
        model.addAttribute("relationships", dossiers.relationshipsOf(slug, query.toFilter(korean)));
        model.addAttribute("relationshipsPath", "/organizations/" + overview.organization().getSlug());
        model.addAttribute("asOf", asOf);
        model.addAttribute("asOfDate", asOf == null ? null : PartialDate.of(asOf, DatePrecision.DAY));
        model.addAttribute("heldAsOf", asOf == null ? null : dossiers.asOf(slug, asOf));
        model.addAttribute("sections", PartnerSection.values());
        model.addAttribute("organizationKinds", OrganizationKind.values());
        model.addAttribute("factKinds", FactKind.values());
        model.addAttribute("timelineHeadlines", timeline.headlines(TimelineFilter.everything()
                .withPartners(List.of(slug), true).ordered(TimelineOrder.NEWEST_FIRST), TIMELINE_ENTRIES_SHOWN));
        return VIEW;
    }

    @GetMapping("/organizations/{slug}/initiatives")
    String initiatives(@PathVariable String slug, @ModelAttribute("query") PageQuery query, Model model) {
        return section(dossiers.initiativesOf(slug, query.toSlice()), model);
    }

    @GetMapping("/organizations/{slug}/people")
    String people(@PathVariable String slug, @ModelAttribute("query") PageQuery query, Model model) {
        return section(dossiers.positionsOf(slug, query.toSlice()), model);
    }

    @GetMapping("/organizations/{slug}/figures")
    String figures(@PathVariable String slug, @ModelAttribute("query") PageQuery query, Model model) {
        return section(dossiers.figuresOf(slug, query.toSlice()), model);
    }

    @GetMapping("/organizations/{slug}/statements")
    String statements(@PathVariable String slug, @ModelAttribute("query") PageQuery query, Model model) {
        return section(dossiers.statementsOf(slug, query.toSlice()), model);
    }

    @GetMapping("/organizations/{slug}/sources")
    String sources(@PathVariable String slug, @ModelAttribute("query") PageQuery query, Model model) {
        return section(dossiers.sourcesOf(slug, query.toSlice()), model);
    }

    private static String section(PartnerSectionPage<?> page, Model model) {
        model.addAttribute("partner", page.partner());
        model.addAttribute("section", page.section());
        model.addAttribute("sections", PartnerSection.values());
        model.addAttribute("listing", page.content());
        model.addAttribute("path", "/organizations/" + page.partner().slug() + "/" + page.section().path());
        return "organizations/section";
    }
}
