package com.partnershiptracker.shared;

import java.util.Objects;

/** Points at one fact of any kind. */
public record FactRef(FactKind kind, long id) {

    public FactRef {
        Objects.requireNonNull(kind, "kind");
    }
}
