package com.partnershiptracker.source.web;

import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.CitedAttribute;
import com.partnershiptracker.source.CitedFact;
import com.partnershiptracker.source.Source;
import com.partnershiptracker.source.SourceKind;
import com.partnershiptracker.source.SourceService;
import com.partnershiptracker.websupport.PageJson;
import com.partnershiptracker.websupport.ApiPageQuery;
import com.partnershiptracker.websupport.PartialDateJson;
import org.springdoc.core.annotations.ParameterObject;
import com.partnershiptracker.shared.FactKind;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Sources as JSON; one source also lists every fact it supports. */
@RestController
@Tag(name = "Sources", description = "The news articles every fact cites.")
class SourceApiController {

    private final SourceService sources;
    private final CitationLookup citations;

    SourceApiController(SourceService sources, CitationLookup citations) {
        this.sources = sources;
        this.citations = citations;
    }

    @GetMapping("/api/v1/sources")
    @Operation(operationId = "listSources", summary = "Sources, paged", description = "The articles every fact cites; the facts come with one source.")
    PageJson<SourceJson> list(@ParameterObject @ModelAttribute ApiPageQuery query) {
        return PageJson.of(sources.list(query.toSlice().page(), query.toSlice().size()), source -> SourceJson.of(source, null));
    }

    @GetMapping("/api/v1/sources/{id}")
    @Operation(operationId = "getSource", summary = "One source", description = "A source with every fact it supports.")
    SourceJson show(@Parameter(description = "The source's id", example = "1") @PathVariable long id) {
        return SourceJson.of(sources.getById(id), citations.factsCiting(id).stream().map(FactJson::of).toList());
    }

    record SourceJson(long id, SourceKind kind, String publisher, @Schema(nullable = true) String author,
                      @Schema(nullable = true) String headlineKo, @Schema(nullable = true) String headlineEn,
                      @Schema(nullable = true, description = "The article's address; null when it is not online") String url,
                      @Schema(description = "The language the source is written in", example = "ko") String language,
                      @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson published,
                      @Schema(nullable = true) String note,
                      @Schema(nullable = true, description = "Every fact the source supports; only for one source, null in the list")
                      List<FactJson> facts) {

        static SourceJson of(Source source, List<FactJson> facts) {
            return new SourceJson(source.getId(), source.getKind(), source.getPublisher(), source.getAuthor(),
                    source.getHeadline().ko(), source.getHeadline().en(), source.getUrl(), source.getLanguage(),
                    PartialDateJson.of(source.getPublished()), source.getNote(), facts);
        }
    }

    record FactJson(@Schema(implementation = FactKind.class) String kind, long id,
                    @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn, String url,
                    @Schema(nullable = true) String quote, @Schema(nullable = true, implementation = CitedAttribute.class) String claimAttribute,
                    @Schema(nullable = true) String claimValue) {

        static FactJson of(CitedFact fact) {
            return new FactJson(fact.fact().kind().name(), fact.fact().id(), fact.title().ko(), fact.title().en(),
                    fact.link().path(), fact.quote(), fact.claimAttribute(), fact.claimValue());
        }
    }
}
