package com.partnershiptracker.importing;

import java.util.List;

/**
 * What one row would do, and the work that does it: {@code apply} runs inside the import's transaction
 * and saves through the feature's service. An error row has no work.
 */
public record RowPlan(ImportRow row, Outcome outcome, String label, List<FieldChange> changes, RowError error, Runnable apply) {

    public static RowPlan create(ImportRow row, String label, Runnable apply) {
        return new RowPlan(row, Outcome.CREATE, label, List.of(), null, apply);
    }

    /** A new record, with what else the row brings about (organizations it creates) as changes to show. */
    public static RowPlan create(ImportRow row, String label, List<FieldChange> changes, Runnable apply) {
        return new RowPlan(row, Outcome.CREATE, label, List.copyOf(changes), null, apply);
    }

    public static RowPlan update(ImportRow row, String label, List<FieldChange> changes, Runnable apply) {
        return changes.isEmpty() ? unchanged(row, label) : new RowPlan(row, Outcome.UPDATE, label, List.copyOf(changes), null, apply);
    }

    public static RowPlan unchanged(ImportRow row, String label) {
        return new RowPlan(row, Outcome.UNCHANGED, label, List.of(), null, () -> { });
    }

    public static RowPlan error(ImportRow row, String label, RowError error) {
        return new RowPlan(row, Outcome.ERROR, label, List.of(), error, null);
    }

    /** The plan without its work, to show: it holds no closure over records. */
    public RowPlan shown() {
        return new RowPlan(row, outcome, label, changes, error, null);
    }
}
