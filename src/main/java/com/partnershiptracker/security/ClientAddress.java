package com.partnershiptracker.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The client a sign-in attempt is counted against: its IPv4 address, or the /64 network of its
 * IPv6 address, since one IPv6 client is given a whole /64 to pick addresses from. An IPv4 address
 * written as IPv6 (::ffff:a.b.c.d) counts as the IPv4 address.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[\\w.-]+)?");

    private ClientAddress() {
    }

    /** The name of the client's allowance for an address as the servlet container reports it. */
    static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String address = remoteAddress.strip();
        // Only literal addresses are parsed: anything else would be a DNS lookup.
        if (IPV4.matcher(address).matches() || IPV6.matcher(address).matches()) {
            try {
                InetAddress parsed = InetAddress.getByName(address);
                return parsed instanceof Inet6Address ? network64(parsed.getAddress()) : parsed.getHostAddress();
            } catch (UnknownHostException | IllegalArgumentException e) {
                // Not an address after all: counted under its own text below.
            }
        }
        return "other:" + sha256(address).substring(0, 32);
    }

    private static String network64(byte[] address) {
        StringBuilder prefix = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            int value = ((address[2 * group] & 0xff) << 8) | (address[2 * group + 1] & 0xff);
            prefix.append(Integer.toHexString(value)).append(':');
        }
        return prefix.append(":/64").toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
