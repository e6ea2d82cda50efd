package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.PageSlice;

/**
 * Reads {@code page} and {@code size} for the API strictly: a client that sends a page or size the
 * description does not allow gets a 400, where a page of the site clamps it to a sensible one.
 */
public final class ApiPaging {

    /** The last page the API serves (1-based): its offset still fits an int at the largest size. */
    public static final int MAX_PAGE = PageSlice.MAX_PAGE + 1;
    public static final String PAGE_DESCRIPTION = "The page, from 1";
    public static final String SIZE_DESCRIPTION = "Items per page, " + PageSlice.DEFAULT_SIZE + " unless asked, at most " + PageSlice.MAX_SIZE;

    private ApiPaging() {
    }

    /**
     * @throws InvalidQueryException when page is not a whole number from 1 to {@value #MAX_PAGE}, or size
     *                               not one from 1 to {@value PageSlice#MAX_SIZE}
     */
    public static PageSlice slice(String page, String size) {
        int pageNumber = ApiQueryChecks.wholeNumber(page, "page", 1, MAX_PAGE, 1);
        int pageSize = ApiQueryChecks.wholeNumber(size, "size", 1, PageSlice.MAX_SIZE, PageSlice.DEFAULT_SIZE);
        return new PageSlice(pageNumber - 1, pageSize);
    }
}
