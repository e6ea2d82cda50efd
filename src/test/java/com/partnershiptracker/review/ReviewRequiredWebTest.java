package com.partnershiptracker.review;

import com.partnershiptracker.support.PostgresTestDatabase;
import com.partnershiptracker.support.SqlStatementCounter;
import com.partnershiptracker.support.TestRecords;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port with {@code app.review.required=true}, against a seeded PostgreSQL
 * database of its own ({@link PostgresTestDatabase.Reviewed}), shared by every test so annotated.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.Reviewed.class)
@TestPropertySource(properties = "app.review.required=true")
@Import({SqlStatementCounter.class, TestRecords.class})
public @interface ReviewRequiredWebTest {
}
