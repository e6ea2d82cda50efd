package com.partnershiptracker.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the whole application against this run's own PostgreSQL database loaded with the seed data,
 * as a fresh installation has it. Each test runs in a transaction that is rolled back. The web server
 * runs too, though these tests do not use it: configured exactly as {@link SeededWebTest}, the two share
 * one cached context instead of starting one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.Seeded.class)
@Import({SqlStatementCounter.class, TestRecords.class})
@Transactional
public @interface SeededPostgresTest {
}
