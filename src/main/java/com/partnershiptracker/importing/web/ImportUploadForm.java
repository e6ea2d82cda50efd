package com.partnershiptracker.importing.web;

import org.springframework.web.multipart.MultipartFile;

/** The upload form: which layout the file is in, and the file. */
public class ImportUploadForm {

    private String layout = "agreements";
    private MultipartFile file;

    public String getLayout() { return layout; }
    public void setLayout(String layout) { this.layout = layout; }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
