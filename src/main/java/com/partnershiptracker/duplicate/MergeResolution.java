package com.partnershiptracker.duplicate;

/** What a merge does with one reference. */
public enum MergeResolution {
    /** It names the kept record instead. */
    MOVED,
    /** The kept record holds the same place already (party to the same agreement): the merged record's row goes, the kept one's role stays. */
    DROPPED,
    /** It would link the kept record to itself (a relation between the two): it is deleted. */
    DELETED,
    /** It duplicates one of the kept record's (the same relation, the same position): both stay, for an editor to judge. */
    KEPT_BOTH;

    public boolean isClash() {
        return this != MOVED;
    }
}
