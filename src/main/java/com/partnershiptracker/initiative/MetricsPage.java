package com.partnershiptracker.initiative;

import org.springframework.data.domain.Page;

import java.util.List;

/** A page of metrics, and the progress of each target on it toward its figure. */
public record MetricsPage(Page<Metric> metrics, List<TargetProgress> targets) {
}
