package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnPathTests {

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/sources?page=2", "/admin/organizations/kt/edit#top", "/"})
    void aPathOnThisSiteIsFollowed(String path) {
        assertThat(ReturnPath.of(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example/", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "evil.example", " /admin", "/admin\r\nSet-Cookie: x=1", "/admin\u0000", ""})
    void anythingElseIsNoReturnPath(String path) {
        assertThat(ReturnPath.of(path)).isEmpty();
    }

    @Test
    void aPathTooLongToCarryInALinkIsDropped() {
        assertThat(ReturnPath.of("/" + "a".repeat(ReturnPath.MAX_LENGTH))).isEmpty();
        assertThat(ReturnPath.of(null)).isEmpty();
    }
}
