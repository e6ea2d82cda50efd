package com.partnershiptracker.support;

import com.partnershiptracker.PartnershipTrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The application started the way production starts it (SpringApplication, no test context), on
 * a random port against one of the test's own databases, for tests that need more than one
 * instance or a database of their own. Components of the test sources are not scanned.
 */
public final class AppInstance {

    /**
     * Boot sets up Logback anew for every application it starts, and Logback's one context per JVM is not
     * safe for two set-ups at once (a ConcurrentModificationException in its property map): instances
     * started at the same moment (ConcurrentStartTests) take turns for that step alone.
     */
    private static final ReentrantLock LOGGING_SET_UP = new ReentrantLock();

    private AppInstance() {
    }

    /**
     * Starts the application with production's settings plus the given ones, passed as command-line
     * arguments so that they win over application.properties; the caller closes it.
     */
    public static ConfigurableApplicationContext start(String database, String... properties) {
        List<String> all = new ArrayList<>(List.of(PostgresTestDatabase.datasourceProperties(database)));
        // Small pools, as in the test contexts (PostgresTestDatabase), so that two runs share one server; a
        // property given twice on the command line would be read as both values joined, so a caller's wins here.
        for (String pool : List.of("spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.minimum-idle=1")) {
            String name = pool.substring(0, pool.indexOf('=') + 1);
            if (Arrays.stream(properties).noneMatch(property -> property.startsWith(name))) {
                all.add(pool);
            }
        }
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
                .listeners(new LoggingSetUpStarts(), new LoggingSetUpEnds())
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    private static final class LoggingSetUpStarts implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            LOGGING_SET_UP.lock();
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER - 1;
        }
    }

    private static final class LoggingSetUpEnds implements ApplicationListener<ApplicationEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            boolean setUpDoneOrFailed = event instanceof ApplicationEnvironmentPreparedEvent || event instanceof ApplicationFailedEvent;
            if (setUpDoneOrFailed && LOGGING_SET_UP.isHeldByCurrentThread()) {
                LOGGING_SET_UP.unlock();
            }
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER + 1;
        }
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
