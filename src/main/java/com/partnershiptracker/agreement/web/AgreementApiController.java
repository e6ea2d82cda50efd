package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementService;
import com.partnershiptracker.agreement.ProducedInitiatives;
import com.partnershiptracker.websupport.PageJson;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.partnershiptracker.agreement.AgreementKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Read-only agreements, with the same filters as the agreement list page. */
@RestController
@Tag(name = "Agreements", description = "Agreements with their parties, dates, areas, attendees and initiatives.")
@RequestMapping("/api/v1/agreements")
class AgreementApiController {

    private final AgreementService agreements;
    private final ProducedInitiatives initiatives;

    AgreementApiController(AgreementService agreements, ProducedInitiatives initiatives) {
        this.agreements = agreements;
        this.initiatives = initiatives;
    }

    @GetMapping
    @Operation(operationId = "listAgreements", summary = "Agreements, filtered and paged",
            description = "The agreements the list page shows, with the same filters; each with its parties, dates, areas, "
                    + "attendees, initiatives and citations.",
            parameters = @Parameter(name = "kind", description = "Only agreements of these kinds (any case)",
                    array = @ArraySchema(schema = @Schema(implementation = AgreementKind.class)), example = "STRATEGIC_MOU"))
    PageJson<AgreementJson> list(@ParameterObject @ModelAttribute AgreementQuery query) {
        query.rejectWhatTheApiDoesNotAllow();
        Page<AgreementDetails> page = agreements.searchDetailed(query.toFilter(), LocaleContextHolder.getLocale());
        Map<Long, List<ProducedInitiatives.Mention>> produced = initiatives.mentionsFrom(page.getContent().stream().map(AgreementDetails::id).toList());
        return PageJson.of(page, agreement -> AgreementJson.of(agreement, produced.getOrDefault(agreement.id(), List.of())));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAgreement", summary = "One agreement", description = "An agreement with its parties, dates, areas, attendees, initiatives and citations.")
    AgreementJson show(@Parameter(description = "The agreement's id", example = "1") @PathVariable long id) {
        AgreementDetails agreement = agreements.getDetails(id);
        return AgreementJson.of(agreement, initiatives.mentionsFrom(List.of(id)).getOrDefault(id, List.of()));
    }
}
