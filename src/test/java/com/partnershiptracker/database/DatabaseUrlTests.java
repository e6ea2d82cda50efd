package com.partnershiptracker.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTests {

    @Test
    void keepsAJdbcUrlAsItIs() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db:5432/partnerships");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/partnerships");
        assertThat(url.username()).isNull();
    }

    @Test
    void turnsAPostgresUrlIntoJdbcWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://tracker:s%40cret@db.example:6543/partnerships?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/partnerships?sslmode=require");
        assertThat(url.username()).isEqualTo("tracker");
        assertThat(url.password()).isEqualTo("s@cret");
    }

    @Test
    void defaultsThePort() {
        assertThat(DatabaseUrl.parse("postgresql://db/partnerships").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/partnerships");
    }

    @Test
    void refusesOtherSchemesWithoutEchoingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:topsecret@db/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("topsecret");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:top secret@db/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("topsecret").doesNotContain("top secret");
    }
}
