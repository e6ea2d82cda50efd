package com.partnershiptracker.security;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests are observed as a whole, never filter by filter by Spring Security. */
@SeededWebTest
class SecurityObservationsTests {

    @Autowired
    ObservationRegistry observations;

    @LocalServerPort
    int port;

    @Test
    void aRequestIsObservedOnceAndItsSecurityFiltersAreNot() {
        NamesStarted names = new NamesStarted();
        observations.observationConfig().observationHandler(names);
        try {
            assertThat(Http.get(port, "/timeline?observed=" + System.nanoTime(), "en").statusCode()).isEqualTo(200);
        } finally {
            names.stop();
        }

        assertThat(names.seen).contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security."));
    }

    /** Records the names of the observations started until stopped (a registry's handlers cannot be removed). */
    private static final class NamesStarted implements ObservationHandler<Observation.Context> {

        final List<String> seen = new CopyOnWriteArrayList<>();
        private volatile boolean recording = true;

        @Override
        public void onStart(Observation.Context context) {
            seen.add(context.getName());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return recording;
        }

        void stop() {
            recording = false;
        }
    }
}
