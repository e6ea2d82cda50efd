package com.partnershiptracker.agreement;

import com.partnershiptracker.shared.RecordNotFoundException;

public class AgreementNotFoundException extends RecordNotFoundException {

    public AgreementNotFoundException(long id) {
        super("Agreement", id);
    }
}
