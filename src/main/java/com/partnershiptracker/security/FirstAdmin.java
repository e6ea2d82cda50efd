package com.partnershiptracker.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Makes sure someone can sign in on a fresh installation. When no account exists, the first admin
 * comes from APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD; without them a random password is
 * generated and printed once in the log. Nothing is created once any account exists; when
 * APP_ADMIN_USERNAME or APP_ADMIN_PASSWORD is set then, a warning says they were ignored and how to reset a
 * password instead, since an operator who sets them expects them to work. When two
 * instances start at once on a fresh database, one creates the account and the other, refused by
 * the unique username, starts without printing a password that was never stored. A password in
 * APP_ADMIN_PASSWORD that the password policy refuses stops the start with the reason.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccountService users;
    private final MessageSource messages;
    private final String username;
    private final String password;
    private final boolean usernameGiven;

    FirstAdmin(UserAccountService users, MessageSource messages, @Value("${app.admin.username:admin}") String username,
               @Value("${app.admin.password:}") String password, @Value("${APP_ADMIN_USERNAME:}") String usernameGiven) {
        this.users = users;
        this.messages = messages;
        this.username = username;
        this.password = password;
        this.usernameGiven = !usernameGiven.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("reset-password")) {
            return;
        }
        if (users.hasAnyUser()) {
            if (usernameGiven || !password.isBlank()) {
                log.warn("APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD are ignored: accounts exist already, and the first admin"
                        + " is only created when there is none. To set a new password for an account, run the app once with"
                        + " --reset-password=USERNAME (java -jar app.jar --reset-password={}, or ./mvnw spring-boot:run"
                        + " -Dspring-boot.run.arguments=--reset-password={}); it uses APP_ADMIN_PASSWORD if set, otherwise"
                        + " prints a generated one.", username, username);
            }
            return;
        }
        if (!password.isBlank()) {
            if (createdFromTheEnvironment()) {
                log.info("Created the first admin account '{}' from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD.", username);
            }
            return;
        }
        String generated = generatePassword();
        if (created(generated)) {
            log.warn("""

                    ----------------------------------------------------------------
                    No account existed, so an admin account was created:
                      username: {}
                      password: {}
                    This is printed once. Sign in at /login and keep it safe.
                    ----------------------------------------------------------------""", username, generated);
        }
    }

    private boolean createdFromTheEnvironment() {
        try {
            return created(password);
        } catch (WeakPasswordException e) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD is refused by the password policy: "
                    + messages.getMessage(e.getMessageKey(), null, e.getMessageKey(), Locale.ENGLISH)
                    + " Set another one (the README says what the policy asks), or leave it unset to have one generated.");
        }
    }

    /** False when another instance, starting at the same time, created the account first. */
    private boolean created(String withPassword) {
        try {
            users.create(username, withPassword, Role.ADMIN);
            return true;
        } catch (DataIntegrityViolationException | IllegalArgumentException e) {
            if (!(e instanceof WeakPasswordException) && users.findByUsername(username).isPresent()) {
                log.info("The first admin account '{}' was created by another instance starting at the same time.", username);
                return false;
            }
            throw e;
        }
    }

    static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
