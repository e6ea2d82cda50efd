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
import com.partnershiptracker.websupport.ApiPageQuery;
import com.partnershiptracker.websupport.PartialDateJson;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
    @Operation(operationId = "listInitiatives", summary = "Initiatives, paged", description = "Services, programs and platforms, each with its organizations; "
            + "the metrics and citations come with one initiative.")
    PageJson<InitiativeJson> list(@ParameterObject @ModelAttribute ApiPageQuery query) {
        // Metrics and citations are the detail's: null says "read the detail", where an empty list would say "none".
        return PageJson.of(initiatives.list(query.toSlice()), summary -> InitiativeJson.of(summary, null, null));
    }

    @GetMapping("/api/v1/initiatives/{id}")
    @Operation(operationId = "getInitiative", summary = "One initiative", description = "An initiative with its description, organizations, metrics and citations.")
    InitiativeJson show(@Parameter(description = "The initiative's id", example = "1") @PathVariable long id) {
        InitiativeDetails details = initiatives.getDetails(id);
        return InitiativeJson.of(details.summary(),
                details.metrics().stream().map(m -> MetricJson.of(m, TargetProgress.byTargetId(details.targets()))).toList(),
                details.citations().stream().map(CitationJson::of).toList());
    }

    @GetMapping("/api/v1/metrics")
    @Operation(operationId = "listMetrics", summary = "Metrics, paged", description = "Actual figures and targets; a target carries its progress.")
    PageJson<MetricJson> metrics(@ParameterObject @ModelAttribute ApiPageQuery query) {
        Page<Metric> page = initiatives.listMetrics(query.toSlice());
        Map<Long, TargetProgress> progress = targets.progressOf(page.getContent());
        return PageJson.of(page, metric -> MetricJson.of(metric, progress));
    }

    @GetMapping("/api/v1/metrics/{id}")
    @Operation(operationId = "getMetric", summary = "One metric", description = "An actual figure or a target; a target carries its progress.")
    MetricJson metric(@Parameter(description = "The metric's id", example = "1") @PathVariable long id) {
        Metric metric = initiatives.getMetric(id);
        return MetricJson.of(metric, targets.progressOf(List.of(metric)));
    }

    record InitiativeJson(long id, @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn,
                          @Schema(nullable = true, description = "The description in Korean; null when none")
                          String descriptionKo,
                          @Schema(nullable = true, description = "The description in English; null when none")
                          String descriptionEn,
                          InitiativeKind kind, InitiativeStatus status,
                          @Schema(nullable = true, description = "The id of the agreement that produced the initiative; null when none")
                          Long agreement,
                          @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson announced, @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson started,
                          @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson launched, @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson ended,
                          List<String> organizations,
                          @Schema(nullable = true, description = "The initiative's figures; null in the list (read the detail)")
                          List<MetricJson> metrics,
                          @Schema(nullable = true, description = "The sources of the initiative's fields; null in the list (read the detail)")
                          List<CitationJson> citations, String url) {

        static InitiativeJson of(InitiativeSummary s, List<MetricJson> metrics, List<CitationJson> citations) {
            return new InitiativeJson(s.id(), s.title().ko(), s.title().en(), s.description().ko(), s.description().en(),
                    s.kind(), s.status(), s.agreementId(), PartialDateJson.of(s.announced()), PartialDateJson.of(s.started()),
                    PartialDateJson.of(s.launched()), PartialDateJson.of(s.ended()),
                    s.organizations().stream().map(OrganizationRef::slug).toList(), metrics, citations, "/initiatives/" + s.id());
        }
    }
}
