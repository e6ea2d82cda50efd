package com.partnershiptracker.shared;

/** A fact of some kind does not exist. */
public class FactNotFoundException extends RecordNotFoundException {

    public FactNotFoundException(FactKind kind, long id) {
        super(kind.name(), id);
    }

    public FactNotFoundException(String kind, long id) {
        super(kind, id);
    }
}
