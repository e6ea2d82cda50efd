package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkFilter;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.websupport.AsOfParameter;
import com.partnershiptracker.websupport.QueryParameters;
import com.partnershiptracker.websupport.ApiQueryChecks;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The network page's query string: a year range, whether to hide internal units, partners, an
 * organization to put at the centre, whether to collapse groups, how many organizations to draw,
 * and the page of each table. The same object builds the page's links and the graph's JSON URL.
 */
public class NetworkQuery {

    static final int TABLE_SIZE = 20;
    private static final int MAX_CENTRE_LENGTH = 200;

    @Parameter(description = "Only agreements dated on or after this year, month or day (2020, 2020-07, 2020-07-15)",
            schema = @Schema(type = "string", pattern = QueryParameters.PARTIAL_DATE_PATTERN), example = "2019-01")
    private String from;
    @Parameter(description = "Only agreements dated on or before this year, month or day (2020, 2020-07, 2020-07-15)",
            schema = @Schema(type = "string", pattern = QueryParameters.PARTIAL_DATE_PATTERN), example = "2023-12")
    private String to;
    @Parameter(description = "hide: leave out the groups' internal units; show (the default): draw them",
            schema = @Schema(allowableValues = {"hide", "show"}, defaultValue = "show"), example = "hide")
    private String internal;
    @Parameter(description = "Only these organizations and those they made agreements with (slugs)", example = "woori-bank")
    private List<String> partner = new ArrayList<>();
    @Parameter(description = "true: the partners' affiliates count as the partners",
            schema = @Schema(type = "boolean", defaultValue = "false"), example = "true")
    private String affiliates;
    @Parameter(description = "An organization (slug or name) to put at the centre: it and its partners; one that names no"
            + " organization is a 400", example = "woori-financial-group")
    private String centre;
    @Parameter(description = "true: each group drawn as one node", schema = @Schema(type = "boolean", defaultValue = "false"),
            example = "false")
    private String groups;
    @Parameter(description = "How many organizations to draw at most",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + NetworkFilter.MAX_LIMIT,
                    defaultValue = "" + NetworkFilter.DEFAULT_LIMIT), example = "50")
    private String limit;
    @Parameter(description = "Read the record as of this day (YYYY-MM-DD): only the agreements in force then; those it cannot place surely are counted as uncertain.",
            schema = @Schema(type = "string", format = "date"), example = "2021-06-30")
    private String asOf;
    // The tables' pages belong to the HTML page only; the API has no tables.
    @Parameter(hidden = true)
    private String page;
    @Parameter(hidden = true)
    private String cpage;

    /**
     * Refuses, as the API does, what its description does not allow (the page reads it leniently): an internal,
     * affiliates or groups value that is none of its choices, a limit out of range, a date that cannot be read.
     *
     * @throws com.partnershiptracker.websupport.InvalidQueryException naming the first parameter that is not allowed
     */
    public void rejectWhatTheApiDoesNotAllow() {
        ApiQueryChecks.partialDate(from, "from");
        ApiQueryChecks.partialDate(to, "to");
        ApiQueryChecks.day(asOf);
        ApiQueryChecks.oneOf(internal, "internal", "hide", "show");
        ApiQueryChecks.trueOrFalse(affiliates, "affiliates");
        ApiQueryChecks.trueOrFalse(groups, "groups");
        ApiQueryChecks.wholeNumber(limit, "limit", 1, NetworkFilter.MAX_LIMIT, NetworkFilter.DEFAULT_LIMIT);
        toFilter();
    }

    /**
     * The filter without its centre, which the controller resolves by name.
     *
     * @throws com.partnershiptracker.websupport.InvalidQueryException when a date or the limit cannot be read
     */
    public NetworkFilter toFilter() {
        NetworkFilter filter = new NetworkFilter(QueryParameters.date(from, "from"), QueryParameters.date(to, "to"),
                hidesInternalUnits(), QueryParameters.slugs(partner), QueryParameters.flag(affiliates))
                .limitedTo(QueryParameters.wholeNumber(limit, "limit", NetworkFilter.DEFAULT_LIMIT));
        filter = filter.readAsOf(asOfDay());
        return collapsesGroups() ? filter.collapsingGroups() : filter;
    }

    /**
     * The day the network is read as of, or null for today.
     *
     * @throws com.partnershiptracker.websupport.InvalidQueryException when it is not a day written YYYY-MM-DD
     */
    public LocalDate asOfDay() {
        return AsOfParameter.parse(asOf);
    }

    /** This view as of today: the same choices without the day. */
    public String todayUrl() {
        MultiValueMap<String, String> parameters = parameters(0, 0);
        parameters.remove("asOf");
        return UriComponentsBuilder.fromPath("/network").queryParams(parameters).encode().build().toUriString();
    }

    /** The same view at another path, such as the JSON the graph is drawn from; the tables' pages left out. */
    public String urlAt(String path) {
        return UriComponentsBuilder.fromPath(path).queryParams(parameters(0, 0)).encode().build().toUriString();
    }

    /** This view showing more (or fewer) organizations, from the first page of each table. */
    public String withLimit(int newLimit) {
        MultiValueMap<String, String> parameters = parameters(0, 0);
        parameters.set("limit", Integer.toString(newLimit));
        return UriComponentsBuilder.fromPath("/network").queryParams(parameters).encode().build().toUriString();
    }

    /** This view around another organization, keeping the range and the other choices. */
    public String centredOn(String slug) {
        MultiValueMap<String, String> parameters = parameters(0, 0);
        parameters.set("centre", slug);
        return UriComponentsBuilder.fromPath("/network").queryParams(parameters).encode().build().toUriString();
    }

    /** This view without a centre: the whole network, keeping the range and the other choices. */
    public String withoutCentre() {
        MultiValueMap<String, String> parameters = parameters(0, 0);
        parameters.remove("centre");
        return UriComponentsBuilder.fromPath("/network").queryParams(parameters).encode().build().toUriString();
    }

    /** The organizations table's pages, for fragments/pagination. */
    public TablePages organizationPages() {
        return new TablePages(pageNumber -> pageUrl(pageNumber, connectionsSlice().page() + 1));
    }

    /** The connections table's pages, for fragments/pagination. */
    public TablePages connectionPages() {
        return new TablePages(pageNumber -> pageUrl(organizationsSlice().page() + 1, pageNumber));
    }

    public PageSlice organizationsSlice() {
        return QueryParameters.slice(page, Integer.toString(TABLE_SIZE));
    }

    public PageSlice connectionsSlice() {
        return QueryParameters.slice(cpage, Integer.toString(TABLE_SIZE));
    }

    /** The limits offered, with the one asked for among them. */
    public List<Integer> limitChoices() {
        TreeSet<Integer> choices = new TreeSet<>(NetworkFilter.LIMIT_CHOICES);
        choices.add(toFilter().limit());
        return List.copyOf(choices);
    }

    /** The next limit offered above the one in force, or none at the largest. */
    public Integer nextLimit() {
        return new TreeSet<>(NetworkFilter.LIMIT_CHOICES).higher(toFilter().limit());
    }

    private String pageUrl(int organizationsPage, int connectionsPage) {
        return UriComponentsBuilder.fromPath("/network").queryParams(parameters(organizationsPage, connectionsPage))
                .encode().build().toUriString();
    }

    private MultiValueMap<String, String> parameters(int organizationsPage, int connectionsPage) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (given(from)) {
            parameters.add("from", from.strip());
        }
        if (given(to)) {
            parameters.add("to", to.strip());
        }
        if (hidesInternalUnits()) {
            parameters.add("internal", "hide");
        }
        QueryParameters.slugs(partner).forEach(slug -> parameters.add("partner", slug));
        if (QueryParameters.flag(affiliates)) {
            parameters.add("affiliates", "true");
        }
        if (hasCentre()) {
            parameters.add("centre", centreText());
        }
        if (collapsesGroups()) {
            parameters.add("groups", "true");
        }
        if (given(limit)) {
            parameters.add("limit", Integer.toString(toFilter().limit()));
        }
        if (asOfDay() != null) {
            parameters.add("asOf", asOfDay().toString());
        }
        if (organizationsPage > 1) {
            parameters.add("page", Integer.toString(organizationsPage));
        }
        if (connectionsPage > 1) {
            parameters.add("cpage", Integer.toString(connectionsPage));
        }
        return parameters;
    }

    public boolean hidesInternalUnits() {
        return given(internal) && ("hide".equalsIgnoreCase(internal.strip()) || QueryParameters.flag(internal));
    }

    public boolean collapsesGroups() {
        return QueryParameters.flag(groups);
    }

    public boolean hasCentre() {
        return given(centre);
    }

    /** The centre as typed, trimmed and bounded in length. */
    public String centreText() {
        if (!hasCentre()) {
            return null;
        }
        String text = centre.strip();
        return text.length() > MAX_CENTRE_LENGTH ? text.substring(0, MAX_CENTRE_LENGTH) : text;
    }

    public boolean isFiltered() {
        return given(from) || given(to) || hidesInternalUnits() || !QueryParameters.slugs(partner).isEmpty()
                || hasCentre() || collapsesGroups() || given(limit) || given(asOf);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
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

    public String getInternal() {
        return internal;
    }

    public void setInternal(String internal) {
        this.internal = internal;
    }

    public List<String> getPartner() {
        return partner;
    }

    public void setPartner(List<String> partner) {
        this.partner = partner;
    }

    public String getAffiliates() {
        return affiliates;
    }

    public void setAffiliates(String affiliates) {
        this.affiliates = affiliates;
    }

    public String getCentre() {
        return centre;
    }

    public void setCentre(String centre) {
        this.centre = centre;
    }

    public String getGroups() {
        return groups;
    }

    public void setGroups(String groups) {
        this.groups = groups;
    }

    public String getLimit() {
        return limit;
    }

    public void setLimit(String limit) {
        this.limit = limit;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getCpage() {
        return cpage;
    }

    public void setCpage(String cpage) {
        this.cpage = cpage;
    }
}
