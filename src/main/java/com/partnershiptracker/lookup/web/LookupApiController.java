package com.partnershiptracker.lookup.web;

import com.partnershiptracker.lookup.LookupKind;
import com.partnershiptracker.lookup.LookupMatch;
import com.partnershiptracker.lookup.Lookups;
import com.partnershiptracker.websupport.ApiQueryChecks;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.websupport.InvalidQueryException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The small look-up behind every type-ahead picker: a few records matching what was typed. */
@RestController
@Tag(name = "Look-up", description = "A few records whose name, alias or slug matches a typed text: what the pickers offer.")
class LookupApiController {

    static final int DEFAULT_LIMIT = 10;

    private final Lookups lookups;
    private final Display display;
    private final MessageSource messages;

    LookupApiController(Lookups lookups, Display display, MessageSource messages) {
        this.lookups = lookups;
        this.display = display;
        this.messages = messages;
    }

    @GetMapping("/api/v1/lookup/{kind}")
    @Operation(operationId = "lookUp", summary = "Records matching a typed text",
            description = "Whole-name matches first, then names that start with the text, then (for three characters or more) "
                    + "names that contain it. Korean and English names, aliases and slugs are matched in any case; "
                    + "% and _ are plain characters.")
    ResponseEntity<List<LookupJson>> lookup(
            @Parameter(description = "What to look up", example = "organizations", schema = @Schema(allowableValues = {
                    "organizations", "people", "sources", "agreements", "initiatives", "targets"}))
            @PathVariable String kind,
            @Parameter(description = "The typed text, 1 to " + Lookups.MAX_TEXT_LENGTH + " characters (not only spaces)",
                    example = "woori", schema = @Schema(minLength = 1, maxLength = Lookups.MAX_TEXT_LENGTH, pattern = "\\S"))
            @RequestParam String q,
            @Parameter(description = "How many matches at most, 1 to " + Lookups.MAX_LIMIT, example = "10",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + Lookups.MAX_LIMIT,
                            defaultValue = "" + DEFAULT_LIMIT))
            @RequestParam(required = false) String limit) {
        LookupKind lookupKind = LookupKind.byPath(kind).orElseThrow(() -> new InvalidQueryException("lookup.unknownKind", kind));
        if (q.isBlank() || q.strip().length() > Lookups.MAX_TEXT_LENGTH) {
            throw new InvalidQueryException("lookup.badText", Lookups.MAX_TEXT_LENGTH);
        }
        int howMany = ApiQueryChecks.wholeNumber(limit, "limit", 1, Lookups.MAX_LIMIT, DEFAULT_LIMIT);
        Locale locale = LocaleContextHolder.getLocale();
        List<LookupJson> found = lookups.search(lookupKind, q, howMany).stream().map(match -> json(match, locale)).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate()).body(found);
    }

    private LookupJson json(LookupMatch match, Locale locale) {
        String label = match.label().in(locale);
        String other = match.label().in(otherLanguage(locale));
        return new LookupJson(match.key(), label, Objects.equals(label, other) ? null : other, detail(match, locale),
                match.text(locale));
    }

    private String detail(LookupMatch match, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (match.kindMessageKey() != null) {
            parts.add(messages.getMessage(match.kindMessageKey(), null, match.kindMessageKey(), locale));
        }
        if (match.context() != null && !match.context().isEmpty()) {
            parts.add(match.context().in(locale));
        }
        if (match.date() != null) {
            parts.add(display.date(match.date()));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private static Locale otherLanguage(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
    }
}
