package com.partnershiptracker.initiative.web;

import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.initiative.MetricJson;
import com.partnershiptracker.initiative.TargetProgress;
import com.partnershiptracker.initiative.TargetsQuery;
import org.springframework.data.domain.Page;
import com.partnershiptracker.initiative.InitiativeDetails;
import com.partnershiptracker.initiative.InitiativeKind;
import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.InitiativeStatus;
import com.partnershiptracker.initiative.InitiativeSummary;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.source.CitationJson;
import com.partnershiptracker.websupport.PageJson;
import com.partnershiptracker.websupport.PageQuery;
import com.partnershiptracker.websupport.PartialDateJson;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Initiatives and metrics as JSON. */
@RestController
@Tag(name = "Initiatives and metrics", description = "Services, programs and platforms, and the figures (actuals and targets) about them.")
class InitiativeApiController {

    private final InitiativeService initiatives;
    private final TargetsQuery targets;

    InitiativeApiController(InitiativeService initiatives, TargetsQuery targets) {
        this.initiatives = initiatives;
        this.targets = targets;
    }

    @GetMapping("/api/v1/initiatives")
    PageJson<InitiativeJson> list(@ParameterObject @ModelAttribute PageQuery query) {
        // Metrics and citations are the detail's: null says "read the detail", where an empty list would say "none".
        return PageJson.of(initiatives.list(query.toSlice()), summary -> InitiativeJson.of(summary, null, null));
    }

    @GetMapping("/api/v1/initiatives/{id}")
    InitiativeJson show(@PathVariable long id) {
        InitiativeDetails details = initiatives.getDetails(id);
        return InitiativeJson.of(details.summary(),
                details.metrics().stream().map(m -> MetricJson.of(m, TargetProgress.byTargetId(details.targets()))).toList(),
                details.citations().stream().map(CitationJson::of).toList());
    }

    @GetMapping("/api/v1/metrics")
    PageJson<MetricJson> metrics(@ParameterObject @ModelAttribute PageQuery query) {
        Page<Metric> page = initiatives.listMetrics(query.toSlice());
        Map<Long, TargetProgress> progress = targets.progressOf(page.getContent());
        return PageJson.of(page, metric -> MetricJson.of(metric, progress));
    }

    @GetMapping("/api/v1/metrics/{id}")
    MetricJson metric(@PathVariable long id) {
        Metric metric = initiatives.getMetric(id);
        return MetricJson.of(metric, targets.progressOf(List.of(metric)));
    }

    record InitiativeJson(long id, String titleKo, String titleEn, String descriptionKo, String descriptionEn,
                          InitiativeKind kind, InitiativeStatus status, Long agreement, PartialDateJson announced,
                          PartialDateJson started, PartialDateJson launched, PartialDateJson ended,
                          List<String> organizations, List<MetricJson> metrics, List<CitationJson> citations, String url) {

        static InitiativeJson of(InitiativeSummary s, List<MetricJson> metrics, List<CitationJson> citations) {
            return new InitiativeJson(s.id(), s.title().ko(), s.title().en(), s.description().ko(), s.description().en(),
                    s.kind(), s.status(), s.agreementId(), PartialDateJson.of(s.announced()), PartialDateJson.of(s.started()),
                    PartialDateJson.of(s.launched()), PartialDateJson.of(s.ended()),
                    s.organizations().stream().map(OrganizationRef::slug).toList(), metrics, citations, "/initiatives/" + s.id());
        }
    }
}
