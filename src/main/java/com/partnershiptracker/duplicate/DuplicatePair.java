package com.partnershiptracker.duplicate;

import java.util.List;

/** Two records that may be one, the lower id first, with every piece of evidence found, strongest first. */
public record DuplicatePair(RecordKind kind, Candidate first, Candidate second, double score, List<Evidence> evidence) {
}
