package com.partnershiptracker.traffic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodiesInFlightTests {

    final BodiesInFlight bodies = new BodiesInFlight(2, 3);

    @Test
    void aClientGetsItsShareAndTheServerItsTotal() {
        assertThat(bodies.tryEnter("a")).isTrue();
        assertThat(bodies.tryEnter("a")).isTrue();
        assertThat(bodies.tryEnter("a")).isFalse();
        assertThat(bodies.tryEnter("b")).isTrue();
        assertThat(bodies.tryEnter("c")).isFalse();
        assertThat(bodies.inFlight()).isEqualTo(3);
    }

    @Test
    void aSlotGivenBackCanBeTakenAgain() {
        bodies.tryEnter("a");
        bodies.tryEnter("a");
        bodies.leave("a");
        assertThat(bodies.tryEnter("a")).isTrue();
        assertThat(bodies.inFlight()).isEqualTo(2);
    }
}
