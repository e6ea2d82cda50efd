package com.partnershiptracker.websupport;

import java.util.Optional;

/**
 * Where a record that is not found under an address went: a merged record's slug leads to the record it was
 * merged into. The not-found handlers ask it before answering 404, so it costs nothing on pages that exist.
 */
public interface MovedRecords {

    /** The address (path and query) that now answers for this one, if its record moved. */
    Optional<String> newAddressOf(String path, String query);
}
