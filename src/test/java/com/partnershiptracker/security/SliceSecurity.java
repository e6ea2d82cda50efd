package com.partnershiptracker.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The application's real security rules for controller slice tests, with two in-memory accounts
 * (editor, reviewer and admin, password "a long test password") in place of the users table.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, AccountsConfiguration.class})
public class SliceSecurity {

    public static final String PASSWORD = "a long test password";

    @Bean
    UserDetailsService testUsers(org.springframework.security.crypto.password.PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("editor").password(encoder.encode(PASSWORD)).roles(Role.EDITOR.name()).build(),
                User.withUsername("reviewer").password(encoder.encode(PASSWORD)).roles(Role.REVIEWER.name(), Role.EDITOR.name()).build(),
                User.withUsername("admin").password(encoder.encode(PASSWORD)).roles(Role.ADMIN.name(), Role.REVIEWER.name(), Role.EDITOR.name()).build());
    }

    /** The throttle's tables in an in-memory database of the slice's own (slices have no data source). */
    private final DataSource throttleTables = ThrottleTables.inMemory();

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return ThrottleTables.throttle(throttleTables, clock);
    }

    @Bean
    DeviceCookies deviceCookies(Clock clock) {
        return ThrottleTables.deviceCookies(throttleTables, clock);
    }
}
