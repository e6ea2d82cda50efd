package com.partnershiptracker.agreement.web;

import com.partnershiptracker.agreement.AgreementDetails;
import com.partnershiptracker.agreement.AgreementKind;
import com.partnershiptracker.agreement.AgreementStatus;
import com.partnershiptracker.agreement.AttendeeRole;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.agreement.ProducedInitiatives;
import com.partnershiptracker.agreement.TimeToLaunch;
import com.partnershiptracker.source.CitationJson;
import com.partnershiptracker.websupport.PartialDateJson;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An agreement in the JSON API. */
public record AgreementJson(long id, @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn,
                            AgreementKind kind, AgreementStatus status,
                            @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson signed, @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson announced,
                            @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson effective, @Schema(nullable = true, schemaResolution = Schema.SchemaResolution.ALL_OF) PartialDateJson ended,
                            @Schema(nullable = true) String placeKo, @Schema(nullable = true) String placeEn,
                            @Schema(nullable = true) String summaryKo, @Schema(nullable = true) String summaryEn,
                            List<Party> parties, List<Area> areas, List<Attendee> attendees,
                            List<Initiative> initiatives,
                            @Schema(description = "Whole months from signing to the earliest launch among the initiatives (negative when "
                                    + "one launched before signing; 0 in the month of signing), or null when the signing or every launch "
                                    + "date is unknown, or either is known only to the year.",
                                    nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
                            Integer monthsToLaunch,
                            List<CitationJson> citations, String url) {

    public record Party(String slug, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn, PartyRole role) {
    }

    public record Area(@Schema(nullable = true) String labelKo, @Schema(nullable = true) String labelEn) {
    }

    public record Attendee(String slug, @Schema(nullable = true) String nameKo, @Schema(nullable = true) String nameEn,
                           AttendeeRole role,
                           @Schema(nullable = true, description = "The slug of the organization the person represented; null when not recorded")
                           String organization) {
    }

    public record Initiative(long id, @Schema(nullable = true) String titleKo, @Schema(nullable = true) String titleEn,
                             @Schema(description = "The initiative's status", allowableValues = {"PLANNED", "IN_PROGRESS", "LAUNCHED", "ENDED", "CANCELLED"})
                             String status,
                             @Schema(description = "When the initiative went live, as precise as the source says; null when unknown.",
                                     nullable = true, requiredMode = Schema.RequiredMode.REQUIRED, schemaResolution = Schema.SchemaResolution.ALL_OF)
                             PartialDateJson launched) {
    }

    static AgreementJson of(AgreementDetails agreement, List<ProducedInitiatives.Mention> initiatives) {
        return new AgreementJson(agreement.id(), agreement.title().ko(), agreement.title().en(), agreement.kind(),
                agreement.status(), PartialDateJson.of(agreement.signed()), PartialDateJson.of(agreement.announced()),
                PartialDateJson.of(agreement.effective()), PartialDateJson.of(agreement.ended()),
                agreement.place().ko(), agreement.place().en(), agreement.summary().ko(), agreement.summary().en(),
                agreement.parties().stream().map(p -> new Party(p.slug(), p.name().ko(), p.name().en(), p.role())).toList(),
                agreement.areas().stream().map(a -> new Area(a.ko(), a.en())).toList(),
                agreement.attendees().stream().map(a -> new Attendee(a.personSlug(), a.name().ko(), a.name().en(), a.role(),
                        a.representing() == null ? null : a.representing().slug())).toList(),
                initiatives.stream().map(i -> new Initiative(i.id(), i.title().ko(), i.title().en(), i.status().name(),
                        PartialDateJson.of(i.launched()))).toList(),
                TimeToLaunch.of(agreement.signed(), initiatives.stream().map(ProducedInitiatives.Mention::launched).toList()).months(),
                agreement.citations().stream().map(CitationJson::of).toList(),
                "/agreements/" + agreement.id());
    }
}
