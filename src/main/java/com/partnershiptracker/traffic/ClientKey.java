package com.partnershiptracker.traffic;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who a client is for counting: its IPv4 address, or the /64 network of its IPv6 address, which one host owns whole. */
final class ClientKey {

    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientKey() {
    }

    static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < IPV6_NETWORK_BYTES; i += 2) {
                network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
