package com.partnershiptracker.security;

import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The device cookie of OWASP's design: a browser that signed in to an account receives one naming
 * the account and a random nonce, signed with a key that every instance shares (made once and kept
 * in sign_in_secrets). On its next sign-in to that account the browser has an allowance of its own
 * (see {@link LoginThrottle}). The cookie is sent to /login only, and reveals nothing but the
 * username, which its holder typed.
 */
@Component
class DeviceCookies {

    static final String NAME = "SIGN_IN_DEVICE";
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final String PATH = "/login";
    private static final String SECRET = "device-cookie";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_VALUE_LENGTH = 400;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile SecretKeySpec key;

    DeviceCookies(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The device's nonce when the cookie value was signed by this app for this username (compared
     * as sign-in compares them), empty for anything else.
     *
     * @throws org.springframework.dao.DataAccessException when the signing key cannot be read
     */
    Optional<String> deviceOf(String cookieValue, String username) {
        if (cookieValue == null || cookieValue.length() > MAX_VALUE_LENGTH) {
            return Optional.empty();
        }
        String[] parts = cookieValue.split("\\.", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = sign(parts[0] + "." + parts[1]);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        String named = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        return named.equals(LoginThrottle.normalized(username)) ? Optional.of(parts[1]) : Optional.empty();
    }

    /** A new device cookie for a browser that has just signed in as {@code username}. */
    ResponseCookie issue(String username, boolean secure) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = BASE64.encodeToString(LoginThrottle.normalized(username).getBytes(StandardCharsets.UTF_8))
                + "." + BASE64.encodeToString(nonce);
        String value = payload + "." + BASE64.encodeToString(sign(payload));
        return ResponseCookie.from(NAME, value).path(PATH).maxAge(LIFETIME).httpOnly(true).secure(secure)
                .sameSite("Lax").build();
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }

    /** The shared key: read once, and made by whichever instance needs it first. */
    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.update("insert into sign_in_secrets (name, secret, created_at) values (?, ?, ?) on conflict do nothing",
                    SECRET, BASE64.encodeToString(fresh), clock.instant().atOffset(ZoneOffset.UTC));
            List<String> stored = jdbc.queryForList("select secret from sign_in_secrets where name = ?", String.class, SECRET);
            known = new SecretKeySpec(Base64.getUrlDecoder().decode(stored.get(0)), ALGORITHM);
            key = known;
        }
        return known;
    }
}
