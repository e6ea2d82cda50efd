package com.partnershiptracker.audit;

import java.util.List;

/**
 * A rule of one kind of record that a restore must keep, beyond the checks every restore makes
 * (that what the old version refers to still exists, and that its unique values are free).
 * Called inside the restoring transaction, before anything is written.
 */
public interface RestoreCheck {

    /** What keeps the record from taking the historical version's values; empty when nothing does. */
    List<RestoreBlocker> blockersOf(Object current, Object historical);
}
