package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceCookiesTests {

    private final MovableClock clock = new MovableClock();
    private final DataSource database = ThrottleTables.inMemory();
    private final DeviceCookies devices = ThrottleTables.deviceCookies(database, clock);

    @Test
    void aCookieNamesItsDeviceForTheAccountItWasIssuedForWhateverTheCase() {
        String cookie = devices.issue("Editor", false).getValue();
        assertThat(devices.deviceOf(cookie, " EDITOR ")).hasValueSatisfying(nonce -> assertThat(nonce).hasSize(22));
        assertThat(devices.deviceOf(cookie, "admin")).isEmpty();
    }

    @Test
    void eachSignInGetsADeviceOfItsOwn() {
        String first = devices.issue("editor", false).getValue();
        String second = devices.issue("editor", false).getValue();
        assertThat(devices.deviceOf(first, "editor")).isNotEqualTo(devices.deviceOf(second, "editor"));
    }

    @Test
    void aCookieChangedInAnyPartIsWorthNothing() {
        String cookie = devices.issue("editor", false).getValue();
        String[] parts = cookie.split("\\.");
        String admin = Base64.getUrlEncoder().withoutPadding().encodeToString("admin".getBytes(StandardCharsets.UTF_8));
        assertThat(devices.deviceOf(admin + "." + parts[1] + "." + parts[2], "admin")).isEmpty();
        assertThat(devices.deviceOf(parts[0] + ".AAAAAAAAAAAAAAAAAAAAAA." + parts[2], "editor")).isEmpty();
        assertThat(devices.deviceOf(parts[0] + "." + parts[1] + "." + parts[2].substring(1) + "A", "editor")).isEmpty();
        assertThat(devices.deviceOf(parts[0] + "." + parts[1], "editor")).isEmpty();
        assertThat(devices.deviceOf("not a cookie at all", "editor")).isEmpty();
        assertThat(devices.deviceOf(parts[0] + "." + parts[1] + ".%%%", "editor")).isEmpty();
        assertThat(devices.deviceOf(cookie + "x".repeat(1000), "editor")).isEmpty();
        assertThat(devices.deviceOf(null, "editor")).isEmpty();
    }

    @Test
    void everyInstanceOnTheDatabaseSharesTheKeyWhichIsMadeOnce() {
        DeviceCookies otherInstance = ThrottleTables.deviceCookies(database, clock);
        String cookie = devices.issue("editor", false).getValue();
        assertThat(otherInstance.deviceOf(cookie, "editor")).isPresent();
        assertThat(ThrottleTables.rows(database, "sign_in_secrets")).isEqualTo(1);
        DeviceCookies onAnotherDatabase = ThrottleTables.deviceCookies(ThrottleTables.inMemory(), clock);
        assertThat(onAnotherDatabase.deviceOf(cookie, "editor")).isEmpty();
    }

    @Test
    void theCookieIsForSignInOnlyHiddenFromScriptsAndKeptForAYear() {
        ResponseCookie plain = devices.issue("editor", false);
        assertThat(plain.getName()).isEqualTo(DeviceCookies.NAME);
        assertThat(plain.getPath()).isEqualTo("/login");
        assertThat(plain.isHttpOnly()).isTrue();
        assertThat(plain.getSameSite()).isEqualTo("Lax");
        assertThat(plain.getMaxAge()).isEqualTo(Duration.ofDays(365));
        assertThat(plain.isSecure()).isFalse();
        assertThat(devices.issue("editor", true).isSecure()).isTrue();
    }
}
