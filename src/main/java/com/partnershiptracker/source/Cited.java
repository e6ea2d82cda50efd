package com.partnershiptracker.source;

import java.util.List;

/** A fact that sources support. Every fact in the record is meant to carry at least one citation. */
public interface Cited {

    List<Citation> getCitations();

    void cite(Citation citation);

    /**
     * Removes the citation at the position, as the citation list shows it.
     *
     * @throws IndexOutOfBoundsException when there is no citation at that position
     */
    void uncite(int position);
}
