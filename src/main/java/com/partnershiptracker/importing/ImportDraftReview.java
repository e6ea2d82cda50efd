package com.partnershiptracker.importing;

/**
 * What a reviewer sees of an import draft: its row plan against the record as it is now (the first page of rows
 * and the totals), and whether rows now in error block publishing because the editor did not choose to skip them.
 * {@code preview} is null when the kept file is gone.
 */
public record ImportDraftReview(ImportPreview preview, boolean skipInvalid) {

    public boolean blocked() {
        return preview == null || preview.fileError() != null || preview.totals().error() > 0 && !skipInvalid;
    }

    public boolean skipsRows() {
        return preview != null && skipInvalid && preview.totals().error() > 0;
    }
}
