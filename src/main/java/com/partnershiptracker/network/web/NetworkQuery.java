package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkFilter;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.websupport.AsOfParameter;
import com.partnershiptracker.websupport.QueryParameters;
import io.swagger.v3.oas.annotations.Parameter;
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

    private String from;
    private String to;
    private String internal;
    private List<String> partner = new ArrayList<>();
    private String affiliates;
    private String centre;
    private String groups;
    private String limit;
    @Parameter(description = "Read the record as of this day (YYYY-MM-DD): only the agreements in force then; those it cannot place surely are counted as uncertain.")
    private String asOf;
    // The tables' pages belong to the HTML page only; the API has no tables.
    @Parameter(hidden = true)
    private String page;
    @Parameter(hidden = true)
    private String cpage;

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
