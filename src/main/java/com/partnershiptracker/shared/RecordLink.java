package com.partnershiptracker.shared;

import java.util.Objects;

/** The page a fact is shown on: an agreement, an initiative, a person, an organization or a source. */
public record RecordLink(Kind kind, String key) {

    public enum Kind {
        AGREEMENT("/agreements/"),
        INITIATIVE("/initiatives/"),
        PERSON("/people/"),
        ORGANIZATION("/organizations/"),
        SOURCE("/sources/");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public RecordLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public static RecordLink of(String kind, String key) {
        return new RecordLink(Kind.valueOf(kind), key);
    }

    /** The path of the page, relative to the application root. */
    public String path() {
        return kind.prefix + key;
    }
}
