package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.PageSlice;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The query string of a filtered list page: partners (with affiliates), kinds, a date range,
 * text, page and size. The same object rebuilds the page's links, so every filtered view has a
 * URL that can be shared, and moving between pages keeps the filters.
 */
public abstract class ListQuery {

    @Parameter(description = "Only facts of these organizations (slugs; a name or a picked text is matched too)",
            example = "woori-bank")
    private List<String> partner = new ArrayList<>();
    @Parameter(description = "true: the partners' affiliates (the organizations under them) count as the partners",
            schema = @Schema(type = "boolean", defaultValue = "false"), example = "true")
    private String affiliates;
    @Parameter(description = "How several partners combine: any (facts with any of them) or all (facts between all of them)",
            schema = @Schema(type = "string", allowableValues = {"any", "all"}, defaultValue = "any"), example = "any")
    private String match;
    // Each list has its own kinds: the API controllers describe them.
    private List<String> kind = new ArrayList<>();
    @Parameter(description = "Only facts dated on or after this year, month or day (2020, 2020-07, 2020-07-15)",
            schema = @Schema(type = "string", pattern = QueryParameters.PARTIAL_DATE_PATTERN), example = "2020-01")
    private String from;
    @Parameter(description = "Only facts dated on or before this year, month or day (2020, 2020-07, 2020-07-15)",
            schema = @Schema(type = "string", pattern = QueryParameters.PARTIAL_DATE_PATTERN), example = "2022-12")
    private String to;
    @Parameter(description = "Only facts whose title or text contains this, in any case", example = "payment")
    private String q;
    @Parameter(description = ApiPaging.PAGE_DESCRIPTION, example = "1",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + ApiPaging.MAX_PAGE, defaultValue = "1"))
    private String page;
    @Parameter(description = ApiPaging.SIZE_DESCRIPTION, example = "20",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + PageSlice.MAX_SIZE,
                    defaultValue = "" + PageSlice.DEFAULT_SIZE))
    private String size;

    /**
     * Refuses, as the API does, what the description does not allow: a page or size out of range, a match or
     * affiliates value that is not one of its choices. The pages read the same values leniently.
     *
     * @throws InvalidQueryException naming the first parameter that is not allowed
     */
    public void rejectWhatTheApiDoesNotAllow() {
        ApiPaging.slice(page, size);
        rejectFiltersTheApiDoesNotAllow();
    }

    /**
     * The same check without page and size, for an answer that does not page (the timeline chart, whose URL the
     * timeline page builds with its own size).
     *
     * @throws InvalidQueryException naming the first parameter that is not allowed
     */
    public void rejectFiltersTheApiDoesNotAllow() {
        ApiQueryChecks.noneEmptyOrPadded("kind");
        ApiQueryChecks.partialDate(from, "from");
        ApiQueryChecks.partialDate(to, "to");
        ApiQueryChecks.oneOf(match, "match", "any", "all");
        ApiQueryChecks.trueOrFalse(affiliates, "affiliates");
        rejectOwnParametersTheApiDoesNotAllow();
    }

    /** The strict check of the parameters beyond the common ones; those read strictly already need none. */
    protected void rejectOwnParametersTheApiDoesNotAllow() {
        // none by default
    }

    /** Parameters beyond the common ones, in the order they appear in links. */
    protected abstract void addOwnParameters(MultiValueMap<String, String> parameters);

    /** True when a parameter beyond the common ones narrows the list. */
    protected abstract boolean hasOwnFilter();

    /** This view on another page (1-based); the first page carries no page parameter. */
    public String pageUrl(String path, int pageNumber) {
        MultiValueMap<String, String> parameters = parameters();
        if (pageNumber > 1) {
            parameters.add("page", Integer.toString(pageNumber));
        }
        return UriComponentsBuilder.fromPath(path).queryParams(parameters).encode().build().toUriString();
    }

    /**
     * This view on its first page without the given values of one parameter (any case): the link
     * of the chip that removes an active filter, which works without JavaScript.
     */
    public String withoutUrl(String path, String parameter, String... values) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        parameters().forEach((name, given) -> given.stream()
                .filter(one -> !name.equals(parameter)
                        || Arrays.stream(values).noneMatch(value -> value != null && value.strip().equalsIgnoreCase(one)))
                .forEach(one -> kept.add(name, one)));
        return UriComponentsBuilder.fromPath(path).queryParams(kept).encode().build().toUriString();
    }

    /** How many filters narrow the list: one per partner, kind and other chosen value, the affiliates switch, "between all of", dates and text. */
    public int activeFilterCount() {
        return QueryParameters.slugs(partner).size() + (includeAffiliates() ? 1 : 0) + distinctNonBlank(kind).size()
                + (matchesAllPartners() ? 1 : 0) + (notBlank(from) ? 1 : 0) + (notBlank(to) ? 1 : 0) + (notBlank(q) ? 1 : 0)
                + ownFilterCount();
    }

    /** How many of the parameters beyond the common ones narrow the list. */
    protected int ownFilterCount() {
        return hasOwnFilter() ? 1 : 0;
    }

    /** The partner values as given (slugs, names or picked texts), blank ones dropped. */
    public List<String> givenPartners() {
        return QueryParameters.slugs(partner);
    }

    private MultiValueMap<String, String> parameters() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        QueryParameters.slugs(partner).forEach(slug -> parameters.add("partner", slug));
        if (includeAffiliates()) {
            parameters.add("affiliates", "true");
        }
        if (matchesAllPartners()) {
            parameters.add("match", "all");
        }
        nonBlank(kind).forEach(k -> parameters.add("kind", k));
        addIfPresent(parameters, "from", from);
        addIfPresent(parameters, "to", to);
        addIfPresent(parameters, "q", q);
        addOwnParameters(parameters);
        addIfPresent(parameters, "size", size);
        return parameters;
    }

    public boolean isFiltered() {
        return !QueryParameters.slugs(partner).isEmpty() || !nonBlank(kind).isEmpty()
                || notBlank(from) || notBlank(to) || notBlank(q) || hasOwnFilter();
    }

    public boolean includeAffiliates() {
        return QueryParameters.flag(affiliates);
    }

    /** True when the query asks for facts between all the chosen partners ({@code match=all}); any other value means any. */
    public boolean matchesAllPartners() {
        return match != null && "all".equalsIgnoreCase(match.strip());
    }

    public boolean hasPartner(String slug) {
        return partner.contains(slug);
    }

    public boolean hasKind(String name) {
        return kind.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** Whether a checkbox of a multi-valued parameter is ticked; pages with more such parameters extend this. */
    public boolean isSelected(String parameter, String value) {
        return "kind".equals(parameter) && hasKind(value);
    }

    protected static void addIfPresent(MultiValueMap<String, String> parameters, String name, String value) {
        if (notBlank(value)) {
            parameters.add(name, value.strip());
        }
    }

    protected static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    protected static List<String> nonBlank(List<String> values) {
        return values.stream().filter(ListQuery::notBlank).toList();
    }

    protected static List<String> distinctNonBlank(List<String> values) {
        return nonBlank(values).stream().map(value -> value.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    }

    public List<String> getPartner() {
        return partner;
    }

    public void setPartner(List<String> partner) {
        this.partner = partner == null ? new ArrayList<>() : partner;
    }

    public String getAffiliates() {
        return affiliates;
    }

    public void setAffiliates(String affiliates) {
        this.affiliates = affiliates;
    }

    public String getMatch() {
        return match;
    }

    public void setMatch(String match) {
        this.match = match;
    }

    public List<String> getKind() {
        return kind;
    }

    public void setKind(List<String> kind) {
        this.kind = kind == null ? new ArrayList<>() : kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
