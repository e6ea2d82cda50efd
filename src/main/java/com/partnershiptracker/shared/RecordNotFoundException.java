package com.partnershiptracker.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A requested record does not exist; the web layer answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class RecordNotFoundException extends RuntimeException {

    protected RecordNotFoundException(String kind, Object key) {
        super(kind + " not found: " + key);
    }
}
