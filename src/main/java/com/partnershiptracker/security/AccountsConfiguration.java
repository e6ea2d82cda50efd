package com.partnershiptracker.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.time.Clock;
import java.util.Map;

/** Password hashing and the clock, which accounts need with or without the web side. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    /**
     * PBKDF2 (bcrypt would cut passwords at 72 bytes) with Spring Security's 5.8 defaults: a 16-byte salt,
     * HMAC-SHA256 and 310,000 iterations; the id prefix lets a later encoder take over. The test contexts
     * lower the iterations (app.password.pbkdf2-iterations), so that hundreds of sign-ins do not dominate
     * the test run; nothing else reads the setting.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${app.password.pbkdf2-iterations:310000}") int iterations) {
        String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(pbkdf2, Map.of(pbkdf2,
                new Pbkdf2PasswordEncoder("", 16, iterations, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256)));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
