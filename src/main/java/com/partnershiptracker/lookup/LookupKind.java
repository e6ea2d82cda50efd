package com.partnershiptracker.lookup;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record a picker can choose. Slug kinds are keyed by slug, the others by id. */
public enum LookupKind {

    ORGANIZATIONS("organizations", false),
    PEOPLE("people", false),
    SOURCES("sources", true),
    AGREEMENTS("agreements", true),
    INITIATIVES("initiatives", true),
    /** Metrics of kind TARGET: what an actual figure can measure progress toward. */
    TARGETS("targets", true);

    private final String path;
    private final boolean keyedById;

    LookupKind(String path, boolean keyedById) {
        this.path = path;
        this.keyedById = keyedById;
    }

    /** The kind's name in URLs and message keys, such as {@code organizations}. */
    public String path() {
        return path;
    }

    public boolean isKeyedById() {
        return keyedById;
    }

    public static Optional<LookupKind> byPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
