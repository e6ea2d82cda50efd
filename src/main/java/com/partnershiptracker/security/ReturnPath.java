package com.partnershiptracker.security;

import java.util.Optional;

/**
 * Where to go back to after signing in, carried in the sign-in page's {@value #PARAMETER} parameter
 * instead of a session, so that an anonymous request leaves nothing on the server. Only a path on this
 * site is ever followed: a scheme, a host ({@code //elsewhere}), a backslash (which browsers read as a
 * slash) or a control character makes it no return path at all, so the parameter cannot send anyone away.
 */
public final class ReturnPath {

    public static final String PARAMETER = "continue";
    static final int MAX_LENGTH = 2000;

    private ReturnPath() {
    }

    /** The path if it is a path on this site, short enough to carry in a link. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/' || candidate.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(candidate);
    }
}
