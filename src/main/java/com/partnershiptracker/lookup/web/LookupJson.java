package com.partnershiptracker.lookup.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** One match of a look-up, as the picker shows it and fills its field with it. */
@Schema(description = "A record matching the typed text")
public record LookupJson(
        @Schema(description = "The record's key: a slug for organizations and people, an id for the other kinds", example = "woori-bank")
        String key,
        @Schema(description = "Its name or title in the request's language (the other language when that one is missing)", example = "Woori Bank")
        String label,
        @Schema(description = "Its name or title in the other language, if it has one and it differs; null otherwise",
                nullable = true, example = "우리은행")
        String otherLabel,
        @Schema(description = "What tells it apart from a namesake: kind, parent organization, publisher, date; null when nothing does",
                nullable = true, example = "Bank · Woori Financial Group")
        String detail,
        @Schema(description = "The text a form field takes to name this record", example = "Woori Bank (woori-bank)")
        String text) {
}
