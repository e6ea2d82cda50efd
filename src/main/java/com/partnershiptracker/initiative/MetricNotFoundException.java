package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.RecordNotFoundException;

public class MetricNotFoundException extends RecordNotFoundException {

    public MetricNotFoundException(long id) {
        super("Metric", id);
    }
}
