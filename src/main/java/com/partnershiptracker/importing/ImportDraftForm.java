package com.partnershiptracker.importing;

import com.partnershiptracker.websupport.EditForm;

/**
 * An editor's import waiting for review (a draft's payload): the kept upload it applies, the editor who uploaded
 * it, and whether the editor chose to import the valid rows and skip the rest. Not a record form: it has no version.
 */
public class ImportDraftForm extends EditForm {

    private String uploadId;
    private String uploader;
    private String fileName;
    private String layout;
    private long rows;
    private boolean skipInvalid;

    public ImportDraftForm() {
    }

    ImportDraftForm(String uploadId, String uploader, String fileName, String layout, long rows, boolean skipInvalid) {
        this.uploadId = uploadId;
        this.uploader = uploader;
        this.fileName = fileName;
        this.layout = layout;
        this.rows = rows;
        this.skipInvalid = skipInvalid;
    }

    public String getUploadId() { return uploadId; }
    public String getUploader() { return uploader; }
    public String getFileName() { return fileName; }
    public String getLayout() { return layout; }
    public long getRows() { return rows; }
    public boolean isSkipInvalid() { return skipInvalid; }
}
