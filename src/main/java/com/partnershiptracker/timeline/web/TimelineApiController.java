package com.partnershiptracker.timeline.web;

import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.source.CitationJson;
import com.partnershiptracker.websupport.PageJson;
import com.partnershiptracker.websupport.PartialDateJson;
import com.partnershiptracker.timeline.AgreementDate;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineEntryKind;
import com.partnershiptracker.timeline.TimelineService;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** The timeline read model as JSON, with the same filters as the timeline page. */
@RestController
@Tag(name = "Timeline", description = "Every dated fact, merged and filtered like the timeline page.")
class TimelineApiController {

    private final TimelineService timeline;

    TimelineApiController(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/v1/timeline")
    @Operation(operationId = "listTimelineEntries", summary = "The timeline, filtered and paged", description = "Every dated fact, merged in date order and filtered "
            + "like the timeline page; each entry with its organizations and citations.",
            parameters = @Parameter(name = "kind", description = "Only facts of these kinds (any case)",
                    array = @ArraySchema(schema = @Schema(implementation = FactKind.class)), example = "AGREEMENT"))
    PageJson<EntryJson> list(@ParameterObject @ModelAttribute TimelineQuery query) {
        query.rejectWhatTheApiDoesNotAllow();
        return PageJson.of(timeline.entries(query.toFilter()), EntryJson::of);
    }

    record EntryJson(PartialDateJson date, TimelineEntryKind kind, @Schema(implementation = FactKind.class) String factKind,
                     long factId, @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn,
                     @Schema(nullable = true) String detailKo, @Schema(nullable = true) String detailEn,
                     List<String> organizations, String url,
                     List<CitationJson> citations,
                     @Schema(description = "Which date of an agreement the entry is (ANNOUNCED, SIGNED, EFFECTIVE, ENDED); null for other facts", nullable = true)
                     AgreementDate agreementDate,
                     @Schema(description = "A figure's exact value as recorded; null unless the entry is a figure with a value", nullable = true)
                     BigDecimal figureValue,
                     @Schema(description = "The unit of figureValue as recorded (people, KRW, %...); null when none", nullable = true)
                     String figureUnit) {

        static EntryJson of(TimelineEntry entry) {
            return new EntryJson(PartialDateJson.of(entry.date()), entry.kind(), entry.fact().kind().name(), entry.fact().id(),
                    entry.title().ko(), entry.title().en(), entry.detail().ko(), entry.detail().en(),
                    entry.organizations().stream().map(OrganizationRef::slug).toList(), entry.link().path(),
                    entry.citations().stream().map(CitationJson::of).toList(), entry.agreementDate(),
                    entry.figure() == null ? null : entry.figure().value(), entry.figure() == null ? null : entry.figure().unit());
        }
    }
}
