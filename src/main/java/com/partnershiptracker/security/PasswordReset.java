package com.partnershiptracker.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Sets a new password for an account from the command line ({@code --reset-password=USERNAME}), for the
 * operator who has lost the admin's: the new password is APP_ADMIN_PASSWORD when that is set, otherwise a
 * generated one, printed once. It goes through the same reset as an admin's on the users page, so it is
 * recorded in the account's history and ends the account's sessions.
 */
@Component
class PasswordReset {

    static final int DONE = 0;
    static final int REFUSED = 1;

    private final UserAccountService users;
    private final MessageSource messages;
    private final String password;

    PasswordReset(UserAccountService users, MessageSource messages, @Value("${app.admin.password:}") String password) {
        this.users = users;
        this.messages = messages;
        this.password = password;
    }

    /** Resets the password and says what happened on {@code out} or {@code err}; the exit status to end with. */
    int reset(String username, PrintStream out, PrintStream err) {
        UserAccount account = users.findByUsername(username).orElse(null);
        if (account == null) {
            String accounts = users.list().stream().map(UserAccount::getUsername).collect(Collectors.joining(", "));
            err.println("No account has the username '" + username + "'; nothing was changed. "
                    + (accounts.isEmpty() ? "No account exists yet: start the app to create the first admin."
                    : "The accounts are: " + accounts + "."));
            return REFUSED;
        }
        boolean fromEnvironment = !password.isBlank();
        String newPassword = fromEnvironment ? password : FirstAdmin.generatePassword();
        try {
            users.resetPassword(account.getUsername(), account.getVersion(), newPassword, UserAccountService.SYSTEM, null);
        } catch (WeakPasswordException e) {
            err.println("APP_ADMIN_PASSWORD is refused by the password policy: "
                    + messages.getMessage(e.getMessageKey(), null, e.getMessageKey(), Locale.ENGLISH)
                    + " Nothing was changed. Set another one, or leave it unset to have one generated.");
            return REFUSED;
        }
        out.println(fromEnvironment
                ? "The password of '" + account.getUsername() + "' is now the one in APP_ADMIN_PASSWORD. Its sessions have ended."
                : """
                ----------------------------------------------------------------
                The password of '%s' was reset and its sessions have ended:
                  password: %s
                This is printed once. Sign in at /login and change it there.
                ----------------------------------------------------------------""".formatted(account.getUsername(), newPassword));
        return DONE;
    }
}
