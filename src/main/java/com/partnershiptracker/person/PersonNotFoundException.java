package com.partnershiptracker.person;

import com.partnershiptracker.shared.RecordNotFoundException;

public class PersonNotFoundException extends RecordNotFoundException {

    public PersonNotFoundException(Object key) {
        super("Person", key);
    }
}
