package com.partnershiptracker.database;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicaAddressTests {

    @Test
    void replicasTakeThePrimarysCredentialsUnlessTheirOwnAreGiven() {
        List<ReplicaAddress> addresses = ReplicaAddress.of(settings(" jdbc:postgresql://r1:5432/db , postgres://ro:pw@r2/db,", "", ""),
                "tracker", "secret");

        assertThat(addresses).containsExactly(
                new ReplicaAddress("jdbc:postgresql://r1:5432/db", "tracker", "secret"),
                new ReplicaAddress("jdbc:postgresql://r2:5432/db", "ro", "pw"));
    }

    @Test
    void replicaCredentialsWinOverThePrimarys() {
        assertThat(ReplicaAddress.of(settings("jdbc:postgresql://r1/db", "reader", "pass"), "tracker", "secret"))
                .containsExactly(new ReplicaAddress("jdbc:postgresql://r1/db", "reader", "pass"));
    }

    private static ReplicaSettings settings(String urls, String username, String password) {
        return new ReplicaSettings(List.of(urls.split(",", -1)), username, password, Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofMillis(500));
    }
}
