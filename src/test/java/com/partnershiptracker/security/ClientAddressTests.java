package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

    @Test
    void anIpv4AddressIsItself() {
        assertThat(ClientAddress.of("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void anIpv6AddressCountsAsItsSlash64() {
        assertThat(ClientAddress.of("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("2001:0db8:0001:0002:ffff::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.of("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsTheIpv4Address() {
        assertThat(ClientAddress.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void anythingElseIsCountedUnderAHashOfItsText() {
        assertThat(ClientAddress.of("not an address")).startsWith("other:").hasSize(38);
        assertThat(ClientAddress.of("example.org")).startsWith("other:");
        assertThat(ClientAddress.of(null)).isEqualTo("unknown");
    }
}
