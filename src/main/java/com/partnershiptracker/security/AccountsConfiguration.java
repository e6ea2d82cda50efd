package com.partnershiptracker.security;

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

    /** PBKDF2 (bcrypt would cut passwords at 72 bytes); the id prefix lets a later encoder take over. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(pbkdf2, Map.of(pbkdf2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
