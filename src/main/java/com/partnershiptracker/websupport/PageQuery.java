package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.PageSlice;
import org.springframework.util.MultiValueMap;

/** The query string of a list that only pages. */
public class PageQuery extends ListQuery {

    public PageSlice toSlice() {
        return QueryParameters.slice(getPage(), getSize());
    }

    @Override
    protected void addOwnParameters(MultiValueMap<String, String> parameters) {
        // nothing beyond page and size
    }

    @Override
    protected boolean hasOwnFilter() {
        return false;
    }
}
