package com.partnershiptracker.person.web;

import com.partnershiptracker.shared.Slug;

import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.StatementsOfPerson;
import com.partnershiptracker.person.PersonSummary;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.person.PositionView;
import com.partnershiptracker.shared.ExternalIdentifier;
import com.partnershiptracker.websupport.IdentifierParameter;
import com.partnershiptracker.websupport.PageJson;
import com.partnershiptracker.websupport.ApiPageQuery;
import com.partnershiptracker.websupport.PartialDateJson;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** People with their positions, as JSON. */
@RestController
@Tag(name = "People", description = "People and the positions they held.")
class PersonApiController {

    private final PersonService people;
    private final StatementsOfPerson statements;

    PersonApiController(PersonService people, StatementsOfPerson statements) {
        this.people = people;
        this.statements = statements;
    }

    @GetMapping("/api/v1/people")
    @Operation(operationId = "listPeople", summary = "People, paged", description = "People with the positions they held; what they said comes with one person.")
    PageJson<PersonJson> list(@ParameterObject @ModelAttribute ApiPageQuery query,
                              @Parameter(description = "Only the person with this Wikidata item: Q and a number, in any case"
                                      + " (its wikidata.org address is read too)", example = "Q42",
                                      schema = @Schema(type = "string", pattern = IdentifierParameter.WIKIDATA_PATTERN))
                              @RequestParam(required = false) String wikidata) {
        String item = IdentifierParameter.parse(wikidata, ExternalIdentifier.WIKIDATA);
        return PageJson.of(item == null ? people.list(query.toSlice()) : people.listByWikidataItem(item, query.toSlice()),
                PersonJson::of);
    }

    @GetMapping("/api/v1/people/{slug}")
    @Operation(operationId = "getPerson", summary = "One person", description = "A person with the positions they held and what they said on the record.")
    PersonJson show(@Parameter(description = "The person's slug", example = "sohn-tae-seung", schema = @Schema(type = "string", pattern = Slug.DESCRIBED, maxLength = Slug.MAX_LENGTH)) @PathVariable String slug) {
        Person person = people.getBySlug(slug);
        List<PositionJson> positions = people.positionsOf(person).stream().map(PositionJson::of).toList();
        List<QuoteJson> quotes = statements.of(person.getId()).stream().map(QuoteJson::of).toList();
        return new PersonJson(person.getSlug(), person.getName().ko(), person.getName().en(), person.getBirthYear(),
                positions, "/people/" + person.getSlug(), quotes, new PersonIdentifiersJson(person.getWikidataId()));
    }

    record PersonJson(String slug, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn,
                      @Schema(nullable = true, description = "The year of birth; null when not recorded") Integer birthYear,
                      List<PositionJson> positions, String url,
                      @Schema(nullable = true, description = "What the person said on the record, oldest first; only for one person, null in the list")
                      List<QuoteJson> statements,
                      @Schema(description = "What other registers call the person")
                      PersonIdentifiersJson identifiers) {

        static PersonJson of(PersonSummary person) {
            return new PersonJson(person.slug(), person.name().ko(), person.name().en(), person.birthYear(),
                    person.positions().stream().map(PositionJson::of).toList(), "/people/" + person.slug(), null,
                    new PersonIdentifiersJson(person.wikidataId()));
        }
    }

    /** A person's identifiers in other registers, each null when the record has none. */
    @Schema(name = "PersonIdentifiers")
    record PersonIdentifiersJson(@Schema(nullable = true, description = "The Wikidata item", example = "Q42") String wikidata) {
    }

    /** A statement: its words in Korean and English, an editor's English gloss of a Korean quote, and when it was said. */
    record QuoteJson(@Schema(nullable = true) String textKo, @Schema(nullable = true) String textEn,
                     @Schema(nullable = true, description = "An editor's English gloss of the Korean words; null when none")
                     String glossEn,
                     @Schema(nullable = true, description = "When it was said; null when undated", schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson stated) {

        static QuoteJson of(StatementsOfPerson.Quote quote) {
            return new QuoteJson(quote.text().ko(), quote.text().en(), quote.glossEn(), PartialDateJson.of(quote.stated()));
        }
    }

    record PositionJson(String organization, @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn,
                        @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson started, @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson ended) {

        static PositionJson of(PositionView position) {
            return new PositionJson(position.organization().slug(), position.title().ko(), position.title().en(),
                    PartialDateJson.of(position.started()), PartialDateJson.of(position.ended()));
        }

        static PositionJson of(Position position) {
            return new PositionJson(position.getOrganization().getSlug(), position.getTitle().ko(), position.getTitle().en(),
                    PartialDateJson.of(position.getStarted()), PartialDateJson.of(position.getEnded()));
        }
    }
}
