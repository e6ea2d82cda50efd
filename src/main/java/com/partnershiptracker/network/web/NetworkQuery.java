package com.partnershiptracker.network.web;

import com.partnershiptracker.network.NetworkFilter;
import com.partnershiptracker.shared.web.QueryParameters;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/** The network page's query string: a year range, whether to hide internal units, and partners. */
public class NetworkQuery {

    private String from;
    private String to;
    private String internal;
    private List<String> partner = new ArrayList<>();
    private String affiliates;

    /** @throws com.partnershiptracker.shared.web.InvalidQueryException when a date cannot be read */
    public NetworkFilter toFilter() {
        return new NetworkFilter(QueryParameters.date(from, "from"), QueryParameters.date(to, "to"), hidesInternalUnits(),
                QueryParameters.slugs(partner), QueryParameters.flag(affiliates));
    }

    /** The same view at another path, such as the JSON the graph is drawn from. */
    public String urlAt(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (given(from)) {
            url.queryParam("from", from.strip());
        }
        if (given(to)) {
            url.queryParam("to", to.strip());
        }
        if (hidesInternalUnits()) {
            url.queryParam("internal", "hide");
        }
        QueryParameters.slugs(partner).forEach(slug -> url.queryParam("partner", slug));
        if (QueryParameters.flag(affiliates)) {
            url.queryParam("affiliates", "true");
        }
        return url.encode().build().toUriString();
    }

    public boolean hidesInternalUnits() {
        return given(internal) && ("hide".equalsIgnoreCase(internal.strip()) || QueryParameters.flag(internal));
    }

    public boolean isFiltered() {
        return given(from) || given(to) || hidesInternalUnits() || !QueryParameters.slugs(partner).isEmpty();
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
}
