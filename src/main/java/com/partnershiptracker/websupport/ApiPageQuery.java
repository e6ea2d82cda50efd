package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.PageSlice;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The query string of an API list that only pages: page and size, read strictly. */
public class ApiPageQuery {

    @Parameter(description = ApiPaging.PAGE_DESCRIPTION, example = "1",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + ApiPaging.MAX_PAGE, defaultValue = "1"))
    private String page;
    @Parameter(description = ApiPaging.SIZE_DESCRIPTION, example = "20",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + PageSlice.MAX_SIZE,
                    defaultValue = "" + PageSlice.DEFAULT_SIZE))
    private String size;

    /** @throws InvalidQueryException when page or size is not a whole number in its range */
    public PageSlice toSlice() {
        return ApiPaging.slice(page, size);
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
