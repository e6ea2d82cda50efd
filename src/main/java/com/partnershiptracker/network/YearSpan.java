package com.partnershiptracker.network;

import java.util.List;
import java.util.stream.IntStream;

/** The first and last years of the record's timeline: the range of the network's date slider. */
public record YearSpan(int first, int last) {

    public List<Integer> years() {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
