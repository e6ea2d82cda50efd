package com.partnershiptracker.database;

import com.partnershiptracker.audit.ChangeStamp;
import com.partnershiptracker.security.Role;
import com.partnershiptracker.security.UserAccountService;
import com.partnershiptracker.support.PostgresTestDatabase;
import com.partnershiptracker.support.WebSession;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application with two "replicas": the test database under another application_name (so that a
 * connection tells which pool it came from), and a server that does not exist (port 1). Where the replicas' WAL
 * positions stand is played by the test (a real streaming replica is reliability/scaleout.sh's); checks run when
 * the test asks. A database of its own, since an editor saves over HTTP here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ReplicaRoutingTests.PrimaryAndReplicas.class)
@ExtendWith(OutputCaptureExtension.class)
class ReplicaRoutingTests {

    static final int LIVE = 0;
    static final int DEAD = 1;

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChangeStamp changeStamp;
    @Autowired
    ReplicaHealthChecker checker;
    @Autowired
    ReplicaPools pools;
    @Autowired
    FakePositions positions;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationNames names;
    @Autowired
    UserAccountService users;
    @LocalServerPort
    int port;

    @BeforeEach
    void bothReplicasCaughtUpTheLiveOneAnsweringTheDeadOneNot() {
        positions.set(100, 100, 100);
        positions.reachable(LIVE, true);
        positions.reachable(DEAD, false);
        positions.replayAge(LIVE, 0);
        checker.checkNow();
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void readOnlyTransactionsReadFromTheReplicaAndWritesGoToThePrimary() {
        assertThat(readOnly(this::applicationNameThroughHibernate)).isEqualTo("replica");
        assertThat(readOnly(this::applicationNameThroughJdbc)).isEqualTo("replica");
        assertThat(writing(this::applicationNameThroughHibernate)).isEqualTo("primary");
        assertThat(writing(this::applicationNameThroughJdbc)).isEqualTo("primary");
        assertThat(jdbc.sql("select current_setting('application_name')").query(String.class).single())
                .as("outside a transaction").isEqualTo("primary");
    }

    @Test
    void theChangeStampIsReadFromTheReplicaOutsideATransactionAndOnTheTransactionsConnectionInside() {
        double before = reads("replica");
        changeStamp.current();
        assertThat(reads("replica")).isEqualTo(before + 1);

        before = reads("replica");
        writing(() -> changeStamp.current());
        assertThat(reads("replica")).as("inside a writing transaction").isEqualTo(before);
    }

    @Test
    void aReplicaThatLagsTooMuchIsLeftForThePrimaryAndUsedAgainOnceCaughtUp(CapturedOutput output) {
        double lagFallbacks = fallbacks("lag");
        // Behind every position of the primary's that the checks saw, its last replayed transaction a minute old.
        positions.set(500, 50, 100);
        positions.replayAge(LIVE, 60.0);
        checker.checkNow();

        assertThat(readOnly(this::applicationNameThroughHibernate)).isEqualTo("primary");
        assertThat(fallbacks("lag")).isEqualTo(lagFallbacks + 1);
        assertThat(meters.get("app.replica.available").tag("replica", "0").gauge().value()).isZero();
        assertThat(output).contains("Replica 0 unusable (lag ");

        positions.set(500, 500, 100);
        checker.checkNow();
        assertThat(readOnly(this::applicationNameThroughHibernate)).isEqualTo("replica");
        assertThat(output).contains("Replica 0 usable (lag ");
        assertThat(meters.get("app.replica.lag").tag("replica", "0").gauge().value()).isLessThan(1.0);
    }

    @Test
    void withEveryReplicaDownReadsGoToThePrimaryWithoutAnError(CapturedOutput output) {
        double downFallbacks = fallbacks("down");
        positions.reachable(LIVE, false);
        checker.checkNow();

        for (int i = 0; i < 3; i++) {
            assertThat(readOnly(this::applicationNameThroughHibernate)).isEqualTo("primary");
        }
        assertThat(fallbacks("down")).isEqualTo(downFallbacks + 3);
        assertThat(meters.get("app.replica.lag").tag("replica", "0").gauge().value()).isNaN();
        assertThat(output).contains("Replica 0 unusable (down)");
    }

    @Test
    void aReplicaThatStopsAnsweringBetweenTwoChecksCostsAReadItsConnectionTimeoutNotAnError() {
        // The last check saw the dead server answer: the first read sent there finds it down and reads the primary.
        pools.replicas().get(DEAD).answered(0, Long.MAX_VALUE);
        double downFallbacks = fallbacks("down");
        int sentToTheDeadOne = 0;
        for (int i = 0; i < 4; i++) {
            String readFrom = readOnly(this::applicationNameThroughHibernate);
            assertThat(readFrom).isIn("replica", "primary");
            sentToTheDeadOne += readFrom.equals("primary") ? 1 : 0;
        }
        assertThat(sentToTheDeadOne).as("reads the dead replica's turn sent to the primary").isEqualTo(1);
        assertThat(fallbacks("down")).isEqualTo(downFallbacks + 1);
        assertThat(pools.replicas().get(DEAD).usable()).isFalse();
    }

    @Test
    void aReplicaThatAnswersTheCheckIsNotReadWhileItsPoolCannotConnect() {
        positions.reachable(DEAD, true);
        checker.checkNow();

        assertThat(pools.replicas().get(DEAD).usable()).isFalse();
        assertThat(pools.replicas().get(LIVE).usable()).isTrue();
    }

    @Test
    void aReadWhoseReplicaConnectionBreaksRunsAgainOnThePrimaryWithoutAnError(CapturedOutput output) throws Exception {
        assertThat(names.readOnly()).isEqualTo("replica");
        double downFallbacks = fallbacks("down");

        // The replica's server ends its connections, as a replica being stopped does, while one waits in the pool.
        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'replica'")
                .query().listOfRows();
        Thread.sleep(100);

        assertThat(names.readOnly()).isEqualTo("primary");
        assertThat(output).contains("Replica 0 unusable (down)");
        assertThat(pools.replicas().get(LIVE).usable()).isFalse();
        assertThat(names.readOnly()).as("until the next check finds it back").isEqualTo("primary");
        assertThat(fallbacks("down")).isGreaterThan(downFallbacks);

        checker.checkNow();
        assertThat(names.readOnly()).isEqualTo("replica");
    }

    @Test
    void aSessionReadsFromThePrimaryAfterItsSaveUntilTheReplicaHasReplayedIt() {
        MockHttpSession session = new MockHttpSession();
        inRequest(session);
        positions.set(200, 100, 100);
        writing(() -> "saved");
        assertThat(session.getAttribute(ReadYourWrites.ATTRIBUTE)).asString().startsWith("200@");

        assertThat(readOnly(this::applicationNameThroughHibernate)).isEqualTo("primary");
        double fallbacks = fallbacks("down") + fallbacks("lag");

        inRequest(null);
        assertThat(readOnly(this::applicationNameThroughHibernate)).as("anonymous").isEqualTo("replica");

        inRequest(session);
        positions.set(200, 200, 100);
        checker.checkNow();
        assertThat(readOnly(this::applicationNameThroughHibernate)).isEqualTo("replica");
        assertThat(fallbacks("down") + fallbacks("lag")).as("reading one's writes is no fallback").isEqualTo(fallbacks);
    }

    @Test
    void anEditorSeesTheirSaveOverHttpWhileTheReplicaHasNotReplayedItAndAnonymousReadersReadTheReplica() {
        if (users.findByUsername("replica-editor").isEmpty()) {
            users.create("replica-editor", "Tangerine-Lighthouse-Quartz-47", Role.EDITOR);
        }
        WebSession editor = new WebSession(port);
        assertThat(editor.signIn("replica-editor", "Tangerine-Lighthouse-Quartz-47").location()).endsWith("/admin");
        positions.set(300, 100, 100);

        assertThat(editor.get("/admin/organizations/new").status()).isEqualTo(200);
        WebSession.Answer saved = editor.post("/admin/organizations/new",
                WebSession.form("slug", "read-your-writes", "nameEn", "Read Your Writes Bank", "kind", "BANK"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        double replicaReads = reads("replica");
        double primaryReads = reads("primary");
        WebSession.Answer page = editor.get("/organizations/read-your-writes");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Read Your Writes Bank");
        assertThat(reads("primary")).as("the editor's reads, from the session kept in the database").isGreaterThan(primaryReads);
        assertThat(reads("replica")).isEqualTo(replicaReads);

        double primaryBefore = reads("primary");
        assertThat(new WebSession(port).get("/agreements").status()).isEqualTo(200);
        assertThat(reads("replica")).as("an anonymous reader's (primary %s -> %s, usable %s)", primaryBefore, reads("primary"),
                pools.replicas().get(LIVE).usable()).isGreaterThan(replicaReads);

        positions.set(300, 300, 100);
        checker.checkNow();
        replicaReads = reads("replica");
        assertThat(editor.get("/organizations/read-your-writes").status()).isEqualTo(200);
        assertThat(reads("replica")).as("once the replica has replayed the save").isGreaterThan(replicaReads);
    }

    @Test
    void aSessionsSaveStopsPinningItsReadsOnceTheWindowHasPassed() {
        MockHttpSession session = new MockHttpSession();
        inRequest(session);
        session.setAttribute(ReadYourWrites.ATTRIBUTE, "999999@" + (System.currentTimeMillis() - 11_000));

        assertThat(readOnly(this::applicationNameThroughHibernate)).isEqualTo("replica");

        session.setAttribute(ReadYourWrites.ATTRIBUTE, "999999@" + System.currentTimeMillis());
        assertThat(readOnly(this::applicationNameThroughHibernate)).isEqualTo("primary");
    }

    private static void inRequest(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (session != null) {
            request.setSession(session);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private String applicationNameThroughHibernate() {
        return (String) entityManager.createNativeQuery("select current_setting('application_name')").getSingleResult();
    }

    private String applicationNameThroughJdbc() {
        return jdbc.sql("select current_setting('application_name')").query(String.class).single();
    }

    private <T> T readOnly(java.util.function.Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template.execute(status -> work.get());
    }

    private <T> T writing(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private double reads(String target) {
        return meters.get("app.replica.reads").tag("target", target).counter().count();
    }

    private double fallbacks(String reason) {
        return meters.get("app.replica.fallbacks").tag("reason", reason).counter().count();
    }

    static class PrimaryAndReplicas extends PostgresTestDatabase {

        PrimaryAndReplicas() {
            super("replicas", "classpath:db/migration,classpath:db/vendor/{vendor}");
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            super.initialize(context);
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            TestPropertyValues.of(
                    "spring.datasource.url=" + url + "?ApplicationName=primary",
                    "app.replica.urls=" + url + "?ApplicationName=replica, jdbc:postgresql://127.0.0.1:1/nowhere",
                    "app.replica.check-interval=1h"
            ).applyTo(context.getEnvironment());
        }
    }

    /** A read-only transactional method, as the services have. */
    static class ApplicationNames {

        @Autowired
        EntityManager entityManager;

        @Transactional(readOnly = true)
        public String readOnly() {
            return (String) entityManager.createNativeQuery("select current_setting('application_name')").getSingleResult();
        }
    }

    @TestConfiguration
    static class Positions {

        @Bean
        ApplicationNames applicationNames() {
            return new ApplicationNames();
        }

        @Bean
        @Primary
        FakePositions fakePositions() {
            return new FakePositions();
        }
    }

    /** WAL positions as the test sets them: the primary's, and each replica's replay and whether it answers. */
    static class FakePositions implements WalPositions {

        private final AtomicLong primary = new AtomicLong(100);
        private final AtomicLongArray replayed = new AtomicLongArray(new long[] {100, 100});
        private final AtomicLongArray answers = new AtomicLongArray(new long[] {1, 0});
        private final double[] replayAge = {0, 0};

        void set(long primaryLsn, long live, long dead) {
            primary.set(primaryLsn);
            replayed.set(LIVE, live);
            replayed.set(DEAD, dead);
        }

        void reachable(int replica, boolean reachable) {
            answers.set(replica, reachable ? 1 : 0);
        }

        void replayAge(int replica, double seconds) {
            replayAge[replica] = seconds;
        }

        @Override
        public long primaryLsn() {
            return primary.get();
        }

        @Override
        public ReplayPosition replica(int index) {
            if (answers.get(index) == 0) {
                throw new DataAccessResourceFailureException("replica " + index + " does not answer");
            }
            return new ReplayPosition(true, replayed.get(index), replayAge[index]);
        }
    }
}
