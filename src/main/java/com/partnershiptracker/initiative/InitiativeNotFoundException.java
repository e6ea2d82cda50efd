package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.RecordNotFoundException;

public class InitiativeNotFoundException extends RecordNotFoundException {

    public InitiativeNotFoundException(long id) {
        super("Initiative", id);
    }
}
