package com.partnershiptracker.organization.web;

import com.partnershiptracker.organization.OrganizationHierarchy;
import com.partnershiptracker.organization.OrganizationIdentifiersJson;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationNode;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.ExternalIdentifier;
import com.partnershiptracker.websupport.IdentifierParameter;
import com.partnershiptracker.websupport.PageJson;
import com.partnershiptracker.websupport.ApiPageQuery;
import com.partnershiptracker.shared.PageSlice;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Organizations as JSON, from the cached group structure. The dossier of one organization is served by the dossier package. */
@RestController
@Tag(name = "Organizations", description = "Organizations, group structure and relations; one organization with everything the record holds about it.")
class OrganizationApiController {

    private final OrganizationService organizations;

    OrganizationApiController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/api/v1/organizations")
    @Operation(operationId = "listOrganizations", summary = "Organizations, paged", description = "Every organization of the group structure, parents before "
            + "their children; the whole record of one is at /api/v1/organizations/{slug}.")
    PageJson<OrganizationJson> list(@ParameterObject @ModelAttribute ApiPageQuery query,
                                    @Parameter(description = "Only organizations whose slug or Korean or English name contains this text, in any case",
                                            example = "woori")
                                    @RequestParam(required = false) String q,
                                    @Parameter(description = "Only the organization with this Wikidata item: Q and a number, in any case"
                                            + " (its wikidata.org address is read too)", example = "Q42",
                                            schema = @Schema(type = "string", pattern = IdentifierParameter.WIKIDATA_PATTERN))
                                    @RequestParam(required = false) String wikidata,
                                    @Parameter(description = "Only the organization with this LEI (ISO 17442), in any case (spaces are read"
                                            + " too); one whose check digits do not match finds nothing", example = "5493001KJTIIGC8Y1R12",
                                            schema = @Schema(type = "string", pattern = IdentifierParameter.LEI_PATTERN))
                                    @RequestParam(required = false) String lei,
                                    @Parameter(description = "Only the organization with this Korean corporate registration number"
                                            + " (법인등록번호): 13 digits, with or without the hyphen after the sixth; one whose check digit does"
                                            + " not match finds nothing", example = "110111-0000002",
                                            schema = @Schema(type = "string", pattern = IdentifierParameter.KR_CORPORATE_REGISTRATION_NUMBER_PATTERN))
                                    @RequestParam(required = false) String krCorporateRegistrationNumber) {
        Map<ExternalIdentifier, String> wanted = wantedIdentifiers(wikidata, lei, krCorporateRegistrationNumber);
        OrganizationHierarchy hierarchy = organizations.hierarchy();
        Map<Long, String> slugs = new HashMap<>();
        hierarchy.all().forEach(node -> slugs.put(node.id(), node.slug()));
        PageSlice slice = query.toSlice();
        List<OrganizationNode> all = q == null || q.isBlank() ? hierarchy.all()
                : hierarchy.matching(q.length() > 200 ? q.substring(0, 200) : q, Integer.MAX_VALUE);
        if (!wanted.isEmpty()) {
            all = all.stream().filter(node -> wanted.entrySet().stream()
                    .allMatch(identifier -> identifier.getValue().equals(node.identifiers().of(identifier.getKey())))).toList();
        }
        int from = (int) Math.min(slice.offset(), all.size());
        int to = Math.min(from + slice.size(), all.size());
        List<OrganizationJson> items = all.subList(from, to).stream()
                .map(node -> new OrganizationJson(node.slug(), node.nameKo(), node.nameEn(), node.kind(),
                        node.parentId() == null ? null : slugs.get(node.parentId()), OrganizationIdentifiersJson.of(node.identifiers())))
                .toList();
        return PageJson.of(new PageImpl<>(items, PageRequest.of(slice.page(), slice.size()), all.size()), item -> item);
    }

    /** The identifiers asked for, each read into its canonical form; a 400 for one not of its kind's shape. */
    private static Map<ExternalIdentifier, String> wantedIdentifiers(String wikidata, String lei, String krCorporateRegistrationNumber) {
        Map<ExternalIdentifier, String> given = new EnumMap<>(ExternalIdentifier.class);
        given.put(ExternalIdentifier.WIKIDATA, wikidata);
        given.put(ExternalIdentifier.LEI, lei);
        given.put(ExternalIdentifier.KR_CORPORATE_REGISTRATION_NUMBER, krCorporateRegistrationNumber);
        Map<ExternalIdentifier, String> wanted = new EnumMap<>(ExternalIdentifier.class);
        given.forEach((kind, text) -> {
            String canonical = IdentifierParameter.parse(text, kind);
            if (canonical != null) {
                wanted.put(kind, canonical);
            }
        });
        return wanted;
    }

    public record OrganizationJson(String slug, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn,
                                   OrganizationKind kind,
                                   @Schema(nullable = true, description = "The parent organization's slug; null at the top of a group")
                                   String parent,
                                   @Schema(description = "What other registers call the organization")
                                   OrganizationIdentifiersJson identifiers) {
    }
}
