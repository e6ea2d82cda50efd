package com.partnershiptracker.statement;

import com.partnershiptracker.shared.RecordNotFoundException;

public class StatementNotFoundException extends RecordNotFoundException {

    public StatementNotFoundException(long id) {
        super("Statement", id);
    }
}
