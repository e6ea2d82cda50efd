package com.partnershiptracker.timeline.web;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.source.SourceCitation;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.websupport.PartialDateJson;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineService;
import org.springframework.data.domain.Page;
import com.partnershiptracker.shared.FactKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the visual timeline draws, with the timeline page's filters: each entry as a span from the
 * first to the last day of its period (a month-only date covers the month), and the organizations
 * that become its swimlanes; with what the chart's details panel shows of an entry (its parties are its
 * lanes): its detail and its sources.
 */
@RestController
@Tag(name = "Timeline")
class TimelineChartApiController {

    private final TimelineService timeline;
    private final Display display;

    TimelineChartApiController(TimelineService timeline, Display display) {
        this.timeline = timeline;
        this.display = display;
    }

    @GetMapping("/api/v1/timeline/chart")
    @Operation(operationId = "getTimelineChart", summary = "What the visual timeline draws", description = "The first entries matching the timeline's filters as "
            + "spans, with the organizations that become the swimlanes; not paged (page and size do not apply).",
            parameters = @Parameter(name = "kind", description = "Only facts of these kinds (any case)",
                    array = @ArraySchema(schema = @Schema(implementation = FactKind.class)), example = "AGREEMENT"))
    ChartJson chart(@ParameterObject @ModelAttribute TimelineQuery query) {
        query.rejectFiltersTheApiDoesNotAllow();
        Page<TimelineEntry> entries = timeline.chartEntries(query.toFilter());
        Map<String, LaneJson> lanes = new LinkedHashMap<>();
        List<ItemJson> items = entries.getContent().stream().map(entry -> {
            entry.organizations().forEach(organization -> lanes.computeIfAbsent(organization.slug(), slug -> LaneJson.of(organization)));
            return ItemJson.of(entry, display.label(entry.shownKind()));
        }).toList();
        return new ChartJson(entries.getTotalElements(), items.size(), List.copyOf(lanes.values()), items);
    }

    record ChartJson(long total, int shown, List<LaneJson> lanes, List<ItemJson> items) {
    }

    record LaneJson(String slug, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn,
                    OrganizationKind kind, String url) {

        static LaneJson of(OrganizationRef organization) {
            return new LaneJson(organization.slug(), organization.name().ko(), organization.name().en(), organization.kind(),
                    "/organizations/" + organization.slug());
        }
    }

    record ItemJson(@Schema(implementation = FactKind.class) String factKind, String kindLabel, PartialDateJson date,
                    @Schema(format = "date", description = "The first day of the date's period") String start,
                    @Schema(format = "date", description = "The last day of the date's period") String end,
                    @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn,
                    @Schema(nullable = true) String detailKo, @Schema(nullable = true) String detailEn, String url, List<String> lanes,
                    List<ChartSourceJson> sources) {

        static ItemJson of(TimelineEntry entry, String kindLabel) {
            PartialDate date = entry.date();
            return new ItemJson(entry.fact().kind().name(), kindLabel, PartialDateJson.of(date), date.start().toString(),
                    date.end().toString(), entry.title().ko(), entry.title().en(), entry.detail().ko(), entry.detail().en(),
                    entry.link().path(), entry.organizations().stream().map(OrganizationRef::slug).toList(),
                    entry.citations().stream().map(ChartSourceJson::of).distinct().toList());
        }
    }

    /** A source cited for an entry: its page here, and the article's own address. */
    record ChartSourceJson(String publisher, @Schema(nullable = true) String headlineKo, @Schema(nullable = true) String headlineEn,
                           @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson published, String url,
                           @Schema(nullable = true, description = "The article's own address; null when it is not online") String articleUrl) {

        static ChartSourceJson of(SourceCitation citation) {
            return new ChartSourceJson(citation.publisher(), citation.headline().ko(), citation.headline().en(),
                    PartialDateJson.of(citation.published()), "/sources/" + citation.sourceId(), citation.url());
        }
    }
}
