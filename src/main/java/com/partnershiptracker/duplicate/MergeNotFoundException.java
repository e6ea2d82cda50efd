package com.partnershiptracker.duplicate;

import com.partnershiptracker.shared.RecordNotFoundException;

/** No merge with this id, or one that has been undone already. */
public class MergeNotFoundException extends RecordNotFoundException {

    public MergeNotFoundException(long id) {
        super("Merge", id);
    }
}
