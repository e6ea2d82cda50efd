/**
 * The API contract check that runs under every test: each /api/v1 response a test produces is
 * validated against the application's own /v3/api-docs, and the test that produced a mismatch fails.
 */
package com.partnershiptracker.support.contract;
