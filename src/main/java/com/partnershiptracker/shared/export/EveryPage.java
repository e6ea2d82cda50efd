package com.partnershiptracker.shared.export;

import com.partnershiptracker.shared.PageSlice;
import org.springframework.data.domain.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every row of a filtered list by reading it a full page at a time, so an export costs
 * the list's fixed statements per hundred rows, up to {@value #MAX_ROWS} rows.
 */
public final class EveryPage {

    public static final int MAX_ROWS = 5000;

    private EveryPage() {
    }

    public static <T> List<T> collect(Function<PageSlice, Page<T>> pageReader) {
        List<T> rows = new ArrayList<>();
        for (int number = 0; rows.size() < MAX_ROWS; number++) {
            Page<T> page = pageReader.apply(new PageSlice(number, PageSlice.MAX_SIZE));
            rows.addAll(page.getContent());
            if (!page.hasNext()) {
                break;
            }
        }
        return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
    }
}
