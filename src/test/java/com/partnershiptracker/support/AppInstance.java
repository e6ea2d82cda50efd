package com.partnershiptracker.support;

import com.partnershiptracker.PartnershipTrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The application started the way production starts it (SpringApplication, no test context), on
 * a random port against one of the test's own databases, for tests that need more than one
 * instance or a database of their own. Components of the test sources are not scanned.
 */
public final class AppInstance {

    private AppInstance() {
    }

    /**
     * Starts the application with production's settings plus the given ones, passed as command-line
     * arguments so that they win over application.properties; the caller closes it.
     */
    public static ConfigurableApplicationContext start(String database, String... properties) {
        List<String> all = new ArrayList<>(List.of(PostgresTestDatabase.datasourceProperties(database)));
        all.addAll(List.of(properties));
        return startWith(all.toArray(String[]::new));
    }

    /**
     * Starts the application with production's settings plus the given ones, its database included
     * (none of the test's PostgreSQL databases is added); the caller closes it.
     */
    public static ConfigurableApplicationContext startWith(String... properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(PartnershipTrackerApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testSourcesExcluded", new TestSourcesExcluded()))
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Leaves out @TestComponent and @TestConfiguration classes, which a test context would leave out too. */
    private static final class TestSourcesExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestSourcesExcluded;
        }

        @Override
        public int hashCode() {
            return TestSourcesExcluded.class.hashCode();
        }
    }
}
