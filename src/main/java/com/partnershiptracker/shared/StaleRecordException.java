package com.partnershiptracker.shared;

/** Someone saved the record after the editor opened it; the save is refused rather than overwrite their work. */
public class StaleRecordException extends RuntimeException {

    public StaleRecordException(String kind, Object key) {
        super(kind + " " + key + " was changed by someone else");
    }
}
