/** Database plumbing: the connection URL and timeouts, the per-request data source, and SQL helpers for partial dates and facts. */
package com.partnershiptracker.database;
