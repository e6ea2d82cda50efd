package com.partnershiptracker.audit;

import com.partnershiptracker.shared.RecordNotFoundException;

/** No record with this id has ever existed, or no revision has this number. */
public class HistoryNotFoundException extends RecordNotFoundException {

    public HistoryNotFoundException(String kind, Object key) {
        super(kind, key);
    }
}
