package com.partnershiptracker.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What rewriting some agreements' rows in network_parties adds to and takes from each summary total: the
 * same sums as V17's views, taken over the rows removed (counted negative) and the rows added. Adding these
 * to the stored totals gives what summing the views again would, at a cost set by the rows that changed,
 * not by how many agreements the busiest organizations already have.
 */
final class NetworkSummaryChanges {

    /** One row of network_parties. */
    record PartyRow(long agreementId, boolean grouped, long nodeId, int keyYear, int external, long parties,
                    long externalParties) {
    }

    private final Map<List<Object>, long[]> nodeYears = new LinkedHashMap<>();
    private final Map<List<Object>, long[]> nodeTotals = new LinkedHashMap<>();
    private final Map<List<Object>, long[]> pairYears = new LinkedHashMap<>();
    private final Map<List<Object>, long[]> pairTotals = new LinkedHashMap<>();

    /** Counts one agreement's rows, as they were (sign -1) or as they are now (sign +1). */
    void count(Collection<PartyRow> agreementRows, int sign) {
        List<PartyRow> rows = List.copyOf(agreementRows);
        for (PartyRow row : rows) {
            long[] node = {sign, sign * (row.parties() - 1), sign * row.external(),
                    sign * row.external() * (row.externalParties() - 1)};
            add(nodeYears, List.of(row.grouped(), row.nodeId(), row.keyYear()), node);
            add(nodeTotals, List.of(row.grouped(), row.nodeId()), node);
            for (PartyRow other : rows) {
                if (other.grouped() == row.grouped() && other.nodeId() > row.nodeId()) {
                    long[] pair = {sign, sign * row.external() * other.external()};
                    add(pairYears, List.of(row.grouped(), row.nodeId(), other.nodeId(), row.keyYear()), pair);
                    add(pairTotals, List.of(row.grouped(), row.nodeId(), other.nodeId()), pair);
                }
            }
        }
    }

    /** Each changed node-year: its key (grouped, node, year), then what its four counts change by. */
    List<Object[]> nodeYears() {
        return nonZero(nodeYears);
    }

    List<Object[]> nodeTotals() {
        return nonZero(nodeTotals);
    }

    List<Object[]> pairYears() {
        return nonZero(pairYears);
    }

    List<Object[]> pairTotals() {
        return nonZero(pairTotals);
    }

    private static void add(Map<List<Object>, long[]> totals, List<Object> key, long[] amounts) {
        long[] total = totals.computeIfAbsent(key, k -> new long[amounts.length]);
        for (int i = 0; i < amounts.length; i++) {
            total[i] += amounts[i];
        }
    }

    private static List<Object[]> nonZero(Map<List<Object>, long[]> totals) {
        List<Object[]> rows = new ArrayList<>();
        totals.forEach((key, amounts) -> {
            for (long amount : amounts) {
                if (amount != 0) {
                    List<Object> row = new ArrayList<>(key);
                    for (long a : amounts) {
                        row.add(a);
                    }
                    rows.add(row.toArray());
                    return;
                }
            }
        });
        return rows;
    }
}
