package com.partnershiptracker.shared.export;

import com.partnershiptracker.shared.PageSlice;
import org.springframework.data.domain.Page;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hands over every row of a filtered list by reading it a full page at a time, so an export costs
 * the list's fixed statements per hundred rows, up to {@value #MAX_ROWS} rows, and holds one page
 * in memory at a time: each page is written out before the next is read.
 */
public final class EveryPage {

    public static final int MAX_ROWS = 5000;

    private EveryPage() {
    }

    public static <T> void forEach(Function<PageSlice, Page<T>> pageReader, Consumer<T> action) {
        int handed = 0;
        for (int number = 0; handed < MAX_ROWS; number++) {
            Page<T> page = pageReader.apply(new PageSlice(number, PageSlice.MAX_SIZE));
            for (T row : page.getContent()) {
                if (handed++ == MAX_ROWS) {
                    return;
                }
                action.accept(row);
            }
            if (!page.hasNext()) {
                break;
            }
        }
    }
}
