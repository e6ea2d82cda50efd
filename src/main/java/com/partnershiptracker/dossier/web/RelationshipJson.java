package com.partnershiptracker.dossier.web;

import com.partnershiptracker.dossier.Relationship;
import com.partnershiptracker.dossier.RelationshipCategory;
import com.partnershiptracker.websupport.PartialDateJson;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.initiative.InitiativeKind;
import com.partnershiptracker.initiative.InitiativeRole;
import com.partnershiptracker.initiative.InitiativeStatus;
import com.partnershiptracker.organization.RelationKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One row of a partner's relationships table, as the API gives it. */
@Schema(description = "One relationship of the partner (or an affiliate) with organizations outside it: an agreement, a joint"
        + " initiative or a standing relation such as a stake, listed once with every counterpart.")
record RelationshipJson(
        @Schema(description = "AGREEMENT, INITIATIVE or RELATION") RelationshipCategory category,
        @Schema(description = "The agreement's, initiative's or relation's kind, such as STRATEGIC_MOU, SERVICE or MAJOR_SHAREHOLDER_OF",
                anyOf = {AgreementKind.class, InitiativeKind.class, RelationKind.class})
        String kind,
        @Schema(description = "The partner's role: a party role (PRINCIPAL, INVESTOR…), an initiative role (LEAD, PARTNER…),"
                + " or for a relation OUTGOING (the partner holds it) or INCOMING", nullable = true,
                anyOf = {PartyRole.class, InitiativeRole.class, Direction.class})
        String role,
        @Schema(description = "Signed (else announced, else in effect) for an agreement; launched (else started, else announced)"
                + " for an initiative; started for a relation", nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF)
        PartialDateJson date,
        @Schema(description = "The agreement's or initiative's status, or IN_FORCE / ENDED for a relation",
                anyOf = {AgreementStatus.class, InitiativeStatus.class, RelationStatus.class})
        String status,
        @Schema(description = "With asOf: true when the record cannot place it surely in force on that day (its date is a month"
                + " or year that holds the day, or it has no date); always false without asOf")
        boolean uncertain,
        List<CounterpartJson> counterparts,
        @Schema(description = "The agreement or initiative; null for a relation", nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) SubjectJson subject,
        List<SourceJson> sources) {

    static RelationshipJson of(Relationship row) {
        SubjectJson subject = row.url() == null ? null
                : new SubjectJson(row.factId(), row.title().ko(), row.title().en(), row.url());
        return new RelationshipJson(row.category(), row.kindCode(), row.roleCode(), PartialDateJson.of(row.date()),
                row.statusCode(), row.uncertain(),
                row.counterparts().stream().map(c -> new CounterpartJson(c.slug(), c.name().ko(), c.name().en(), c.roleCode())).toList(),
                subject,
                row.sources().stream().map(s -> new SourceJson(s.id(), s.publisher(), "/sources/" + s.id())).toList());
    }

    record CounterpartJson(String slug, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn,
                           @Schema(description = "The counterpart's role in the agreement or initiative; null for a relation",
                                   nullable = true, anyOf = {PartyRole.class, InitiativeRole.class})
                           String role) {
    }

    /** The values of {@code role} for a relation, as the relationships query writes them. */
    enum Direction { OUTGOING, INCOMING }

    /** The values of {@code status} for a relation, as the relationships query writes them. */
    enum RelationStatus { IN_FORCE, ENDED }

    record SubjectJson(long id, @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn, String url) {
    }

    @Schema(name = "RelationshipSourceJson", description = "A source cited for the relationship, and its page here")
    record SourceJson(long id, String publisher, String url) {
    }
}
