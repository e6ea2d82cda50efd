package com.partnershiptracker.database;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * With {@code app.replica.urls} set, the application's DataSource routes read-only transactions to the replicas:
 * Spring's LazyConnectionDataSourceProxy takes its physical connection only at the first statement, by which time
 * a read-only transaction has marked it read-only (JpaTransactionManager, through HibernateJpaDialect, does so
 * before the first statement), and then takes it from {@link ReadTargetRouter} instead of the primary. The pools
 * are Spring Boot's Hikari pools with the spring.datasource.hikari settings and {@link DatabaseTimeouts}; a replica's
 * pool waits only {@code app.replica.connection-timeout} for a connection, so a dead replica costs a read that much
 * before it goes to the primary. Without replicas, Spring Boot's own DataSource is used as before.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicasConfigured.class)
@EnableConfigurationProperties(ReplicaSettings.class)
class ReplicaDataSourceConfiguration {

    @Bean
    ReplicaPools replicaPools(DataSourceProperties properties, ReplicaSettings settings, Environment environment) {
        HikariDataSource primaryPool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        configure(primaryPool, "primary", environment);
        List<HikariDataSource> replicaPools = new ArrayList<>();
        List<Replica> replicas = new ArrayList<>();
        for (ReplicaAddress address : addresses(properties, settings)) {
            int index = replicaPools.size();
            HikariDataSource pool = DataSourceBuilder.create().type(HikariDataSource.class)
                    .url(address.jdbcUrl()).username(address.username()).password(address.password()).build();
            configure(pool, "replica-" + index, environment);
            pool.setConnectionTimeout(Math.max(250, settings.connectionTimeout().toMillis()));
            pool.setValidationTimeout(Math.max(250, Math.min(pool.getValidationTimeout(), pool.getConnectionTimeout() - 1)));
            // A replica down at start-up must not stop the application: its pool starts empty and fills once it answers.
            pool.setInitializationFailTimeout(-1);
            pool.setReadOnly(true);
            Replica replica = new Replica(index, DatabaseTimeouts.boundInRequests(pool, environment), settings.maxLag());
            pool.setExceptionOverride(new ReplicaFailures(replica, () -> evictAll(pool)));
            replicaPools.add(pool);
            replicas.add(replica);
        }
        return new ReplicaPools(primaryPool, DatabaseTimeouts.boundInRequests(primaryPool, environment), replicaPools,
                replicas);
    }

    private static void evictAll(HikariDataSource pool) {
        if (pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    private static void configure(HikariDataSource pool, String name, Environment environment) {
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setPoolName(name);
        if (pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            DatabaseTimeouts.failFast(pool, environment);
        }
    }

    private static List<ReplicaAddress> addresses(DataSourceProperties properties, ReplicaSettings settings) {
        return ReplicaAddress.of(settings, properties.determineUsername(), properties.determinePassword());
    }

    /** Runs a read that a breaking replica connection failed once more, on the primary (see ReplicaRetry). */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor replicaRetryAdvisor() {
        Pointcut transactional = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
                .union(new AnnotationMatchingPointcut(null, Transactional.class, true));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, new ReplicaRetry());
        // Just outside the transaction, so that the run on the primary is a transaction of its own.
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    @Bean
    SqlWalPositions walPositions(ReplicaPools pools, DataSourceProperties properties, ReplicaSettings settings) {
        // A busy replica may be slow to answer; two intervals (at least 2 s) before it counts as down.
        int timeoutSeconds = (int) Math.max(2, settings.checkInterval().multipliedBy(2).toSeconds());
        return new SqlWalPositions(pools.primary(), addresses(properties, settings), timeoutSeconds);
    }

    @Bean
    ReplicaMetrics replicaMetrics(ReplicaPools pools, ObjectProvider<MeterRegistry> registry) {
        return new ReplicaMetrics(registry.getIfAvailable(SimpleMeterRegistry::new), pools.replicas());
    }

    @Bean
    ReadYourWrites readYourWrites(WalPositions positions, ReplicaSettings settings) {
        return new ReadYourWrites(positions, settings.readYourWrites(), Clock.systemUTC());
    }

    @Bean
    ReplicaHealthChecker replicaHealthChecker(ReplicaPools pools, WalPositions positions, ReplicaSettings settings) {
        return new ReplicaHealthChecker(pools.replicas(), positions, settings.maxLag(), settings.checkInterval());
    }

    // Takes the checker so that the replicas have been checked once before the first read.
    @Bean
    DataSource dataSource(ReplicaPools pools, ReadYourWrites readYourWrites, ReplicaMetrics metrics,
                          ReplicaHealthChecker checkedAtStartUp) {
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(pools.primary());
        routing.setReadOnlyDataSource(new ReadTargetRouter(pools.primary(), pools.replicas(), readYourWrites, metrics));
        return routing;
    }
}
