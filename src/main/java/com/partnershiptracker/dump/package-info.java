/** The whole public record as one file: a ZIP of CSV files, one per table, described by a Frictionless Data Package. */
package com.partnershiptracker.dump;
