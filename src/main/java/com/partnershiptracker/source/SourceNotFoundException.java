package com.partnershiptracker.source;

import com.partnershiptracker.shared.RecordNotFoundException;

public class SourceNotFoundException extends RecordNotFoundException {

    public SourceNotFoundException(long id) {
        super("Source", id);
    }
}
