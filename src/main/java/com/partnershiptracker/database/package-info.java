/** Database plumbing: the connection URL and timeouts, the per-request data source, read replicas and their routing, and SQL helpers for partial dates and facts. */
package com.partnershiptracker.database;
