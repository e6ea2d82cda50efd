package com.partnershiptracker.security;

import com.partnershiptracker.shared.StaleRecordException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accounts: who may sign in, with which role. Every change is recorded with who made it
 * ({@link AccountChanges}), and a change that takes something away (a role, the sign-in, the password,
 * the account) ends the account's sessions at once, on every instance, so that it holds from the
 * next request on.
 */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    /** The author of changes that no signed-in person made, such as the first admin at start-up. */
    public static final String SYSTEM = "system";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final AccountSessions sessions;
    private final AccountChanges changes;
    private final Clock clock;

    UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                       AccountSessions sessions, AccountChanges changes, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.sessions = sessions;
        this.changes = changes;
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

    /** The account's recorded changes, newest first. */
    public List<AccountChangeEntry> changesOf(String username) {
        return changes.of(normalize(username));
    }

    /** How many sessions the account has open now. */
    public int openSessions(String username) {
        return sessions.count(normalize(username));
    }

    /** Creates an account on no one's behalf (the first admin at start-up); see {@link #create(String, String, Role, String)}. */
    @Transactional
    public UserAccount create(String username, String password, Role role) {
        return create(username, password, role, SYSTEM);
    }

    /**
     * Creates an account after checking the username form and the password policy.
     *
     * @throws WeakPasswordException when the password breaks the policy
     * @throws IllegalArgumentException when the username is malformed or taken
     */
    @Transactional
    public UserAccount create(String username, String password, Role role, String actor) {
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("username.invalid");
        }
        if (users.existsByUsername(name)) {
            throw new IllegalArgumentException("username.taken");
        }
        policy.check(name, password);
        UserAccount account = users.save(new UserAccount(name, passwordEncoder.encode(password), role, Instant.now(clock)));
        changes.record(actor, name, AccountChange.CREATED, role.name());
        return account;
    }

    /**
     * Changes the role or the sign-in of the account as the form showed it at {@code version}. Taking a
     * role or the sign-in away ends the account's sessions. An admin cannot take their own admin role or
     * sign-in away.
     *
     * @throws StaleRecordException when someone changed the account since the form was shown
     * @throws IllegalArgumentException with a message key when the account is unknown or the change not allowed
     */
    @Transactional
    public void change(String username, long version, Role role, boolean enabled, String actor) {
        UserAccount account = current(username, version);
        if (account.getUsername().equals(normalize(actor)) && (role != Role.ADMIN || !enabled)) {
            throw new IllegalArgumentException("users.cannotDemoteSelf");
        }
        boolean endSessions = false;
        if (account.getRole() != role) {
            changes.record(actor, account.getUsername(), AccountChange.ROLE_CHANGED, account.getRole() + " → " + role);
            account.grant(role);
            endSessions = true;
        }
        if (account.isEnabled() != enabled) {
            changes.record(actor, account.getUsername(), enabled ? AccountChange.ENABLED : AccountChange.DISABLED, null);
            if (enabled) {
                account.enable();
            } else {
                account.disable();
                endSessions = true;
            }
        }
        if (endSessions) {
            users.flush();
            sessions.endAll(account.getUsername());
        }
    }

    /**
     * An admin sets a new password: every session of the account ends, except the admin's own current
     * one when they reset their own password ({@code keptSessionId}, may be null).
     *
     * @throws WeakPasswordException when the password breaks the policy
     * @throws StaleRecordException when someone changed the account since the form was shown
     */
    @Transactional
    public void resetPassword(String username, long version, String password, String actor, String keptSessionId) {
        UserAccount account = current(username, version);
        policy.check(account.getUsername(), password);
        account.changePasswordHash(passwordEncoder.encode(password));
        users.flush();
        changes.record(actor, account.getUsername(), AccountChange.PASSWORD_RESET, null);
        sessions.endAllBut(account.getUsername(), account.getUsername().equals(normalize(actor)) ? keptSessionId : null);
    }

    /**
     * The signed-in person changes their own password, proving they know the current one; their other
     * sessions end, the one they are using stays.
     *
     * @throws IllegalArgumentException with "password.currentWrong" when the current password does not match
     * @throws WeakPasswordException when the new password breaks the policy
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String keptSessionId) {
        UserAccount account = findByUsername(username).orElseThrow(() -> new IllegalArgumentException("username.unknown"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new IllegalArgumentException("password.currentWrong");
        }
        policy.check(account.getUsername(), newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        users.flush();
        changes.record(account.getUsername(), account.getUsername(), AccountChange.PASSWORD_CHANGED, null);
        sessions.endAllBut(account.getUsername(), keptSessionId);
    }

    /**
     * Deletes the account and ends its sessions; its name stays in the history of what it did. An admin
     * cannot delete their own account.
     *
     * @throws StaleRecordException when someone changed the account since the form was shown
     */
    @Transactional
    public void delete(String username, long version, String actor) {
        UserAccount account = current(username, version);
        if (account.getUsername().equals(normalize(actor))) {
            throw new IllegalArgumentException("users.cannotDeleteSelf");
        }
        users.delete(account);
        users.flush();
        changes.record(actor, account.getUsername(), AccountChange.DELETED, null);
        sessions.endAll(account.getUsername());
    }

    private UserAccount current(String username, long version) {
        UserAccount account = findByUsername(username).orElseThrow(() -> new IllegalArgumentException("username.unknown"));
        if (account.getVersion() != version) {
            throw new StaleRecordException("Account", account.getUsername());
        }
        return account;
    }

    private static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
