package com.partnershiptracker.source;

/** An edit to a source, applied inside the saving transaction. */
public interface SourceChange {

    /** The source a create starts from. */
    Source newSource();

    void applyTo(Source source);
}
