package com.partnershiptracker.database;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;

/**
 * The replicas' meters: {@code app.replica.lag} (seconds, NaN while unreachable) and {@code app.replica.available}
 * per replica, {@code app.replica.reads} by target, and {@code app.replica.fallbacks}, read-only work sent to the
 * primary because no replica could take it, by reason.
 */
class ReplicaMetrics {

    private final Counter replicaReads;
    private final Counter primaryReads;
    private final Counter downFallbacks;
    private final Counter lagFallbacks;

    ReplicaMetrics(MeterRegistry registry, List<Replica> replicas) {
        replicaReads = Counter.builder("app.replica.reads").tag("target", "replica").register(registry);
        primaryReads = Counter.builder("app.replica.reads").tag("target", "primary").register(registry);
        downFallbacks = Counter.builder("app.replica.fallbacks").tag("reason", "down").register(registry);
        lagFallbacks = Counter.builder("app.replica.fallbacks").tag("reason", "lag").register(registry);
        for (Replica replica : replicas) {
            String index = Integer.toString(replica.index());
            Gauge.builder("app.replica.lag", replica, Replica::lagSeconds).tag("replica", index).baseUnit("seconds")
                    .register(registry);
            Gauge.builder("app.replica.available", replica, r -> r.usable() ? 1 : 0).tag("replica", index)
                    .register(registry);
        }
    }

    void readFromReplica() {
        replicaReads.increment();
    }

    void readFromPrimary() {
        primaryReads.increment();
    }

    void fellBack(boolean becauseOfLag) {
        (becauseOfLag ? lagFallbacks : downFallbacks).increment();
    }
}
