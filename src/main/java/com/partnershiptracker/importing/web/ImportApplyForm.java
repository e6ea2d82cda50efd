package com.partnershiptracker.importing.web;

/** The apply form: whether to import the valid rows and skip the rows in error. */
public class ImportApplyForm {

    private boolean skipInvalid;

    public boolean isSkipInvalid() { return skipInvalid; }
    public void setSkipInvalid(boolean skipInvalid) { this.skipInvalid = skipInvalid; }
}
