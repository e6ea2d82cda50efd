package com.partnershiptracker.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

@Service
@Transactional(readOnly = true)
public class UserAccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Clock clock;

    UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The account with this username, ignoring case and surrounding blanks. A name no account can
     * have (wrong form, too long, control characters) is not looked up at all.
     */
    public Optional<UserAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String name = normalize(username);
        return USERNAME.matcher(name).matches() ? users.findByUsername(name) : Optional.empty();
    }

    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    public List<UserAccount> list() {
        return users.findAll(org.springframework.data.domain.Sort.by("username"));
    }

    /**
     * Creates an account after checking the username form and the password policy.
     *
     * @throws WeakPasswordException when the password breaks the policy
     * @throws IllegalArgumentException when the username is malformed or taken
     */
    @Transactional
    public UserAccount create(String username, String password, Role role) {
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("username.invalid");
        }
        if (users.existsByUsername(name)) {
            throw new IllegalArgumentException("username.taken");
        }
        policy.check(name, password);
        return users.save(new UserAccount(name, passwordEncoder.encode(password), role, Instant.now(clock)));
    }

    /** Changes the role or disables the account; an admin cannot take their own admin role or access away. */
    @Transactional
    public void change(String username, Role role, boolean enabled, String actingUser) {
        UserAccount account = findByUsername(username).orElseThrow(() -> new IllegalArgumentException("username.unknown"));
        if (account.getUsername().equals(normalize(actingUser)) && (role != Role.ADMIN || !enabled)) {
            throw new IllegalArgumentException("users.cannotDemoteSelf");
        }
        account.grant(role);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
    }

    /**
     * Sets a new password after checking the policy.
     *
     * @throws WeakPasswordException when the password breaks the policy
     */
    @Transactional
    public void resetPassword(String username, String password) {
        UserAccount account = findByUsername(username).orElseThrow(() -> new IllegalArgumentException("username.unknown"));
        policy.check(account.getUsername(), password);
        account.changePasswordHash(passwordEncoder.encode(password));
    }

    private static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
