package com.partnershiptracker.review;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every registered {@link DraftKind}, by name. */
@Component
class DraftKinds {

    private final Map<String, DraftKind<?>> byName;

    DraftKinds(List<DraftKind<?>> kinds) {
        this.byName = kinds.stream().collect(Collectors.toUnmodifiableMap(DraftKind::name, Function.identity()));
    }

    DraftKind<?> named(String name) {
        DraftKind<?> kind = byName.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("No draft kind " + name);
        }
        return kind;
    }
}
