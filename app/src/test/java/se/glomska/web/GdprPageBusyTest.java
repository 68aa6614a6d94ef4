package se.glomska.web;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import se.glomska.CapturedLog;
import se.glomska.IntegrationTest;
import se.glomska.erasure.CustomerHistory;
import se.glomska.erasure.ErasureChecks;
import se.glomska.erasure.Markers;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GDPR page treats a lock it cannot get as the API does: the erasure is retried when MariaDB ends
 * its transaction (lock wait timeout, deadlock victim), and when the lock cannot be had at all the page
 * says so with 503 (nothing was changed), never 500.
 */
class GdprPageBusyTest extends IntegrationTest {

    private static final Map<String, String> DELETE = Map.of("action", "DELETE", "acknowledged", "true");

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void aLockThatCannotBeHadAnswersA503PageAfterRetries() throws Exception {
        long id = CustomerHistory.withoutTransactions(api(), Markers.next()).customerId;
        String page = "/gdpr/customers/" + id;
        PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);
        HttpResponse<String> answer;
        try (CapturedLog log = CapturedLog.atDebug(); AutoCloseable timeout = shortLockWaitTimeout();
             Connection holder = lockCustomerRow(id)) {
            answer = operator.submit(page, page, DELETE);
            holder.rollback();
            assertThat(log.events()).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(api().get("/api/customers/" + id).status()).as("nothing was changed").isEqualTo(200);
        assertThat(ErasureChecks.logEntries(jdbc, id)).isZero();
    }

    @Test
    void aLockWaitTimeoutOnThePageIsRetriedAndTheErasureThenSucceeds() throws Exception {
        long id = CustomerHistory.withoutTransactions(api(), Markers.next()).customerId;
        String page = "/gdpr/customers/" + id;
        PageSession operator = PageSession.loggedIn(port, OPERATOR, PASSWORD);
        String token = operator.csrfToken(page);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (AutoCloseable timeout = shortLockWaitTimeout()) {
            Connection holder = lockCustomerRow(id);
            Future<HttpResponse<String>> erasure = pool.submit(() -> operator.post(page,
                    Map.of("action", "DELETE", "acknowledged", "true", "_csrf", token)));
            // the first attempt's one-second wait times out while the row is still held; the second gets it
            Thread.sleep(1_500);
            holder.rollback();
            holder.close();
            HttpResponse<String> answer = erasure.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api().get("/api/customers/" + id).status()).isEqualTo(404);
        assertThat(ErasureChecks.logEntries(jdbc, id)).isEqualTo(1);
    }

    private Connection lockCustomerRow(long customerId) throws SQLException {
        Connection holder = DriverManager.getConnection(url, user, password);
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM customer WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, customerId);
            lock.executeQuery().close();
        }
        return holder;
    }

    /** The application's sessions wait one second for a lock until closed (the pool's sessions are renewed). */
    private AutoCloseable shortLockWaitTimeout() throws SQLException {
        long original = jdbc.sql("SELECT @@GLOBAL.innodb_lock_wait_timeout").query(Long.class).single();
        jdbc.sql("SET GLOBAL innodb_lock_wait_timeout = 1").update();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        return () -> {
            jdbc.sql("SET GLOBAL innodb_lock_wait_timeout = " + original).update();
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        };
    }
}
