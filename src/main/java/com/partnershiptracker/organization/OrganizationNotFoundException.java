package com.partnershiptracker.organization;

import com.partnershiptracker.shared.RecordNotFoundException;

public class OrganizationNotFoundException extends RecordNotFoundException {

    public OrganizationNotFoundException(Object key) {
        super("Organization", key);
    }
}
