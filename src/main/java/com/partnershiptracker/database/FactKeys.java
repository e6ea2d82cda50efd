package com.partnershiptracker.database;

import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.FactKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Facts of mixed kinds as one SQL condition whose text never changes: one array of ids per kind,
 * empty for the kinds not asked for. Every call then sends the same statement, which the driver
 * prepares once and PostgreSQL plans once; a list of placeholders, whose text changed with the
 * number of facts and the kinds among them, was planned afresh on every page.
 */
public final class FactKeys {

    private static final String PREFIX = "factIds";

    private FactKeys() {
    }

    /** The condition on a row source with fact_kind and fact_id columns, named by the alias given. */
    public static String condition(String alias) {
        return Arrays.stream(FactKind.values())
                .map(kind -> "(%1$s.fact_kind = '%2$s' and %1$s.fact_id = any(:%3$s%2$s))".formatted(alias, kind.name(), PREFIX))
                .collect(Collectors.joining(" or ", "(", ")"));
    }

    /** The condition's parameters: the ids of each kind as an array. */
    public static Map<String, Object> params(Collection<FactRef> facts) {
        Map<FactKind, List<Long>> idsByKind = facts.stream().collect(Collectors.groupingBy(FactRef::kind,
                Collectors.mapping(FactRef::id, Collectors.toList())));
        Map<String, Object> params = new HashMap<>();
        for (FactKind kind : FactKind.values()) {
            params.put(PREFIX + kind.name(), idsByKind.getOrDefault(kind, List.of()).toArray(Long[]::new));
        }
        return params;
    }
}
