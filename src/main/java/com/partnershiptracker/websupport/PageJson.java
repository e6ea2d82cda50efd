package com.partnershiptracker.websupport;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a JSON list, 1-based like the HTML pages, with the totals. */
public record PageJson<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <S, T> PageJson<T> of(Page<S> page, Function<S, T> toJson) {
        return new PageJson<>(page.getContent().stream().map(toJson).toList(), page.getNumber() + 1, page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
