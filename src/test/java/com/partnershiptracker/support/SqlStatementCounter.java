package com.partnershiptracker.support;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Counts the SQL statements the application sends, to prove a page costs a fixed number of them. */
@TestComponent
public class SqlStatementCounter implements BeanPostProcessor {

    private static final String SESSION_HOUSEKEEPING = "spring-session-";

    private final AtomicInteger executed = new AtomicInteger();
    private final Queue<String> recorded = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).listener(new Listener()).build();
        }
        return bean;
    }

    /** Runs the action and returns how many statements it sent. */
    public int countWhile(Runnable action) {
        int before = executed.get();
        action.run();
        return executed.get() - before;
    }

    /** Runs the action and returns the statements it sent, for a failure message that shows them. */
    public synchronized List<String> statementsWhile(Runnable action) {
        recorded.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        return new ArrayList<>(recorded);
    }

    public <T> Counted<T> count(Supplier<T> action) {
        int before = executed.get();
        T result = action.get();
        return new Counted<>(result, executed.get() - before);
    }

    public record Counted<T>(T result, int statements) {
    }

    private final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            // Spring Session deletes expired sessions from its own thread once a minute; that is not the measured work.
            if (Thread.currentThread().getName().startsWith(SESSION_HOUSEKEEPING)) {
                return;
            }
            executed.addAndGet(queryInfoList.size());
            if (recording) {
                queryInfoList.forEach(query -> recorded.add(query.getQuery()));
            }
        }
    }
}
