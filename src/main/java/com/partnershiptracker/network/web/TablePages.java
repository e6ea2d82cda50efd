package com.partnershiptracker.network.web;

import java.util.function.IntFunction;

/**
 * The links of one of the network page's two paged tables, in the shape fragments/pagination
 * expects; each table keeps its own page parameter and the other table's page.
 */
public record TablePages(IntFunction<String> urls) {

    /** The network view with this table on the given page (1-based); path is fixed to /network. */
    public String pageUrl(String path, int pageNumber) {
        return urls.apply(pageNumber);
    }
}
