package com.partnershiptracker.review;

import com.partnershiptracker.shared.RecordNotFoundException;

/** No draft has that id, or it is not one the signed-in user may see. */
public class DraftNotFoundException extends RecordNotFoundException {

    public DraftNotFoundException(long id) {
        super("Draft", id);
    }
}
