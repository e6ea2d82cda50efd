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
 * A test of the whole application against this run's own PostgreSQL database, with the schema but
 * without the seed data, so each test builds the records it needs. Each test runs in a
 * transaction that is rolled back, so tests leave no rows behind. SQL statements are counted.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import({SqlStatementCounter.class, TestRecords.class, ImportSteps.class})
@Transactional
public @interface PostgresTest {
}
