package com.partnershiptracker.traffic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyTests {

    @Test
    void anIpv4AddressIsItsOwnClient() {
        assertThat(ClientKey.of("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void everyIpv6AddressOfOneSlash64IsOneClient() {
        assertThat(ClientKey.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientKey.of("2001:db8:1:2:ffff:1:2:3"));
        assertThat(ClientKey.of("2001:db8:1:2::1")).isNotEqualTo(ClientKey.of("2001:db8:1:3::1"));
    }
}
