package com.partnershiptracker.dossier.web;

import com.partnershiptracker.shared.Slug;

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
import com.partnershiptracker.organization.OrganizationIdentifiersJson;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.websupport.PartialDateJson;
import com.partnershiptracker.dossier.PartnerAsOf;
import com.partnershiptracker.dossier.Relationship;
import com.partnershiptracker.dossier.RelationshipFilter;
import com.partnershiptracker.dossier.RelationshipSort;
import com.partnershiptracker.websupport.ApiQueryChecks;
import com.partnershiptracker.websupport.AsOfParameter;
import com.partnershiptracker.websupport.PageJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
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

    /**
     * A partner's relationships, one per agreement, initiative or relation with organizations outside it,
     * paged in the database: filtered by {@code kind} (a category or a kind), sorted by {@code sort}
     * (counterpart, kind, role, date, status, subject, sources) and {@code dir}, and as of {@code asOf}.
     * A sort, kind or page that cannot be read is ignored; an asOf that is not a day is a 400.
     */
    @GetMapping("/api/v1/organizations/{slug}/relationships")
    @Operation(operationId = "listRelationships", summary = "An organization's relationships, filtered, sorted and paged",
            description = "One row per agreement, initiative or relation with organizations outside the organization and its "
                    + "affiliates, every counterpart in the row; as of a day when asked.")
    PageJson<RelationshipJson> relationships(@Parameter(description = "The organization's slug", example = "woori-bank", schema = @Schema(type = "string", pattern = Slug.DESCRIBED, maxLength = Slug.MAX_LENGTH)) @PathVariable String slug,
                                             @ParameterObject @ModelAttribute RelationshipsQuery query) {
        query.rejectWhatTheApiDoesNotAllow();
        return PageJson.of(dossiers.relationshipsOf(slug, query.toFilter(korean())), RelationshipJson::of);
    }

    @GetMapping("/api/v1/organizations/{slug}")
    @Operation(operationId = "getOrganization", summary = "One organization with everything the record holds about it",
            description = "Its place in the group structure, relations, totals, newest agreements, the first page of its "
                    + "initiatives, people, figures and relationships, and where the whole of each list is.")
    DossierJson show(@Parameter(description = "The organization's slug", example = "woori-bank", schema = @Schema(type = "string", pattern = Slug.DESCRIBED, maxLength = Slug.MAX_LENGTH)) @PathVariable String slug,
                     @Parameter(description = "Read the relationships as of this day (YYYY-MM-DD): only those in force then,"
                             + " those the record cannot place surely marked uncertain.",
                             schema = @Schema(type = "string", format = "date"), example = "2021-06-30")
                     @RequestParam(required = false) String asOf) {
        ApiQueryChecks.day(asOf);
        LocalDate day = AsOfParameter.parse(asOf);
        PartnerOverview overview = dossiers.overviewOf(slug);
        Page<Relationship> relationships = dossiers.relationshipsOf(slug,
                new RelationshipFilter(null, RelationshipSort.DATE, true, PageSlice.first(), day, korean()));
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
                        "/api/v1/timeline?partner=" + slug + "&affiliates=true",
                        "/api/v1/organizations/" + slug + "/relationships" + (day == null ? "" : "?asOf=" + day)),
                day, PageJson.of(relationships, RelationshipJson::of), day == null ? null : HeldAsOfJson.of(dossiers.asOf(slug, day)),
                OrganizationIdentifiersJson.of(org.getIdentifiers()));
    }

    private static boolean korean() {
        return "ko".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    record DossierJson(String slug, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn,
                       OrganizationKind kind,
                       @Schema(nullable = true, description = "The parent organization's slug; null at the top of a group")
                       String parent,
                       List<String> aliases,
                       List<String> affiliates, List<RelationJson> relations, TotalsJson totals, List<AgreementRefJson> agreements,
                       List<InitiativeRefJson> initiatives, List<PersonJson> people, List<MetricJson> metrics,
                       LinksJson more,
                       @Schema(description = "The day the relationships are read as of, or null for today", nullable = true)
                       LocalDate asOf,
                       @Schema(description = "The first page of the partner's relationships (as of asOf when given), newest first;"
                               + " more.relationships pages through them all")
                       PageJson<RelationshipJson> relationships,
                       @Schema(description = "With asOf: the positions held on that day and each measure's latest actual figure"
                               + " dated on or before it (at most 50 of each); null without asOf", nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF)
                       HeldAsOfJson heldAsOf,
                       @Schema(description = "What other registers call the organization")
                       OrganizationIdentifiersJson identifiers) {
    }

    record HeldAsOfJson(List<HeldPositionJson> positions, List<FigureThenJson> figures) {

        static HeldAsOfJson of(PartnerAsOf view) {
            return new HeldAsOfJson(view.positions().stream().map(p -> new HeldPositionJson(p.personSlug(), p.person().ko(),
                            p.person().en(), p.title().ko(), p.title().en(), PartialDateJson.of(p.started()), p.uncertain())).toList(),
                    view.figures().stream().map(f -> new FigureThenJson(f.measure().ko(), f.measure().en(), f.value(), f.unit(),
                            f.rawText(), PartialDateJson.of(f.asOf()), f.uncertain())).toList());
        }
    }

    record HeldPositionJson(String person, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn,
                            @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn,
                            @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson started,
                            @Schema(description = "True when the record cannot place the position surely held on that day")
                            boolean uncertain) {
    }

    record FigureThenJson(@Schema(nullable = true) String measureKo, @Schema(nullable = true) String measureEn,
                          @Schema(nullable = true) java.math.BigDecimal value, @Schema(nullable = true) String unit,
                          @Schema(nullable = true) String rawText, @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson asOf,
                          @Schema(description = "True when the figure's date is a month or year that holds the day")
                          boolean uncertain) {
    }

    /** How many of each the record holds; the lists above hold the first {@value PageSlice#DEFAULT_SIZE}. */
    record TotalsJson(long agreements, long initiatives, long people, long metrics, long statements) {
    }

    /** Where the whole of each list is. */
    record LinksJson(String agreements, String initiatives, String people, String figures, String timeline,
                     String relationships) {
    }

    record RelationJson(RelationKind kind,
                        @Schema(description = "OUTGOING when this organization holds the relation, INCOMING when the other does",
                                allowableValues = {"OUTGOING", "INCOMING"})
                        String direction,
                        String slug) {
    }

    record AgreementRefJson(long id, @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn,
                            @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson date, String url) {
    }

    record InitiativeRefJson(long id, @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn,
                             InitiativeStatus status) {
    }

    @Schema(name = "DossierPersonJson", description = "A position held at the organization, with the person who held it")
    record PersonJson(String slug, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn,
                      @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn, String organization,
                      @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson started, @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson ended) {
    }
}
