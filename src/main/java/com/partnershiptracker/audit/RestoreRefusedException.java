package com.partnershiptracker.audit;

import java.util.List;

/** The version cannot be put back as it was; nothing was written. The web layer answers 409 with the reasons. */
public class RestoreRefusedException extends RuntimeException {

    private final transient List<RestoreBlocker> blockers;

    public RestoreRefusedException(List<RestoreBlocker> blockers) {
        super("Restore refused: " + blockers);
        this.blockers = List.copyOf(blockers);
    }

    public List<RestoreBlocker> getBlockers() {
        return blockers;
    }
}
