package com.partnershiptracker.security;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * At least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, not containing the
 * username, not one of the common passwords shipped in {@code security/common-passwords.txt}, and
 * hard enough to guess by the nbvcxz estimator (a zxcvbn port with dictionaries of passwords, words
 * and names, keyboard patterns, sequences, repeats and dates): at least
 * {@value #MIN_ENTROPY_BITS} bits, about 3 × 10^10 guesses, which refuses "Password123!" and
 * "Summer2026!!" alike. The username is one of its dictionaries, so variations on it count as
 * predictable too. Length is counted in code points, so Korean and emoji count as one character each.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    static final double MIN_ENTROPY_BITS = 35;
    private static final int MIN_USERNAME_PART = 3;
    private static final String USERNAME_DICTIONARY = "username";

    private final Set<String> common = new HashSet<>();
    private final List<Dictionary> dictionaries = ConfigurationBuilder.getDefaultDictionaries();

    PasswordPolicy() {
        ClassPathResource list = new ClassPathResource("security/common-passwords.txt");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is missing from the build", e);
        }
    }

    /**
     * Checks a password that is to be set for {@code username}.
     *
     * @throws WeakPasswordException whose message key says why the password is refused
     */
    public void check(String username, String password) {
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
        String lowerCase = password.toLowerCase(Locale.ROOT);
        List<String> usernameParts = usernameParts(username);
        if (!usernameParts.isEmpty() && lowerCase.contains(usernameParts.get(0))) {
            throw new WeakPasswordException("password.containsUsername");
        }
        if (common.contains(lowerCase)) {
            throw new WeakPasswordException("password.common");
        }
        Result estimate = estimate(usernameParts, password);
        if (!estimate.isMinimumEntropyMet()) {
            throw new WeakPasswordException(reasonFor(estimate));
        }
    }

    private Result estimate(List<String> usernameParts, String password) {
        List<Dictionary> withTheUsername = new ArrayList<>(dictionaries);
        if (!usernameParts.isEmpty()) {
            DictionaryBuilder username = new DictionaryBuilder().setDictionaryName(USERNAME_DICTIONARY).setExclusion(true);
            usernameParts.forEach(part -> username.addWord(part, 0));
            withTheUsername.add(username.createDictionary());
        }
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(withTheUsername).setMinimumEntropy(MIN_ENTROPY_BITS)
                .setMaxLength(MAX_LENGTH).createConfiguration()).estimate(password);
    }

    /** The username itself first, then its parts between dots, dashes and underscores. */
    private static List<String> usernameParts(String username) {
        String name = LoginThrottle.normalized(username);
        List<String> parts = new ArrayList<>();
        if (name.length() >= MIN_USERNAME_PART) {
            parts.add(name);
            for (String part : name.split("[._-]+")) {
                if (part.length() >= MIN_USERNAME_PART && !part.equals(name)) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }

    /** The estimator's own feedback is English only: its findings are named by message keys instead. */
    private static String reasonFor(Result estimate) {
        List<Match> matches = estimate.getMatches();
        if (matches.stream().anyMatch(match -> match instanceof DictionaryMatch word
                && USERNAME_DICTIONARY.equals(word.getDictionaryName()))) {
            return "password.containsUsername";
        }
        if (matches.stream().anyMatch(DictionaryMatch.class::isInstance)) {
            return "password.predictable.word";
        }
        if (matches.stream().anyMatch(match -> match instanceof YearMatch || match instanceof DateMatch)) {
            return "password.predictable.date";
        }
        if (matches.stream().anyMatch(match -> match instanceof SpacialMatch || match instanceof RepeatMatch
                || match instanceof SequenceMatch)) {
            return "password.predictable.pattern";
        }
        return "password.predictable";
    }
}
