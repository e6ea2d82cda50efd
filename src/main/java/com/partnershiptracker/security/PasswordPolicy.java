package com.partnershiptracker.security;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * At least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, and not one of the
 * common passwords shipped in {@code security/common-passwords.txt}. Length is counted in code
 * points, so Korean and emoji count as one character each.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private final Set<String> common = new HashSet<>();

    PasswordPolicy() {
        ClassPathResource list = new ClassPathResource("security/common-passwords.txt");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing from the build", e);
        }
    }

    /** @throws WeakPasswordException naming the rule the password breaks */
    public void check(String password) {
        if (password == null) {
            throw new WeakPasswordException("password.tooShort");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new WeakPasswordException("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            throw new WeakPasswordException("password.tooLong");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new WeakPasswordException("password.common");
        }
    }
}
