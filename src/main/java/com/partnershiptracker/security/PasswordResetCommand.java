package com.partnershiptracker.security;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;
import java.util.Optional;

/**
 * {@code java -jar app.jar --reset-password=USERNAME}: starts the application without its web server,
 * resets the password, and ends with the exit status (0 done, 1 refused).
 */
public final class PasswordResetCommand {

    static final String OPTION = "--reset-password";

    private PasswordResetCommand() {
    }

    /** The username asked for, when the arguments ask for a reset. */
    public static Optional<String> requestedBy(String[] args) {
        return Arrays.stream(args).filter(arg -> arg.equals(OPTION) || arg.startsWith(OPTION + "="))
                .map(arg -> arg.startsWith(OPTION + "=") ? arg.substring(OPTION.length() + 1).strip() : "")
                .findFirst();
    }

    /** Runs the reset for the username in the arguments; returns the exit status. */
    public static int run(Class<?> application, String[] args) {
        String username = requestedBy(args).orElseThrow();
        if (username.isEmpty()) {
            System.err.println("Say whose password to reset: --reset-password=USERNAME");
            return PasswordReset.REFUSED;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run(args)) {
            return context.getBean(PasswordReset.class).reset(username, System.out, System.err);
        }
    }
}
