package se.glomska;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the HTTP integration tests: the whole application on a random port against a real MariaDB
 * (the embedded one, or the server named by {@code spring.datasource.url}). Every test class extends
 * it with the same configuration, so one application context and one database serve the whole run.
 * <p>
 * Tests create their own data with unique values and never assume an empty database, so they also
 * pass against a long-lived external server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "glomska.embedded-db.data-dir=",
        "glomska.demo-data=false",
        "glomska.erasure-journal.path=",
        "spring.security.user.name=" + IntegrationTest.OPERATOR,
        "spring.security.user.password=" + IntegrationTest.PASSWORD,
        "spring.security.user.roles=USER,DATA_PROTECTION",
        "glomska.security.users[0].name=" + IntegrationTest.CLERK,
        "glomska.security.users[0].password=" + IntegrationTest.PASSWORD,
        "glomska.security.users[0].roles=USER",
        "glomska.security.users[5].name=" + IntegrationTest.BRACED,
        "glomska.security.users[5].password=" + IntegrationTest.BRACED_PASSWORD,
        "glomska.security.users[5].roles=USER",
        "glomska.security.users[6].name=throttled",
        "glomska.security.users[6].password=" + IntegrationTest.PASSWORD,
        "glomska.security.users[6].roles=USER",
        "glomska.security.users[1].name=" + IntegrationTest.BOOKKEEPER,
        "glomska.security.users[1].password=" + IntegrationTest.PASSWORD,
        "glomska.security.users[1].roles=USER,BOOKKEEPING",
        "logging.level.se.glomska=DEBUG",
        // Retention on, over a horizon no customer of the tests reaches unless a test fixes the clock ahead
        "glomska.retention.inactive-after=P3Y",
        "glomska.retention.batch-size=7"
})
@org.springframework.context.annotation.Import(TestClock.Configuration.class)
public abstract class IntegrationTest {

    /** Works with business data and may erase customers. */
    public static final String OPERATOR = "operator";
    /** Works with business data only. */
    public static final String CLERK = "clerk";
    /** Works with business data and reads restricted bookkeeping records as issued. */
    public static final String BOOKKEEPER = "bookkeeper";
    public static final String PASSWORD = "test-secret";
    /** A clerk whose plaintext password starts with a brace, as an encoded one does (issue 19). */
    public static final String BRACED = "braced";
    public static final String BRACED_PASSWORD = "{Vinter}2025";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ObjectMapper objectMapper;

    /** The API as the operator (roles USER and DATA_PROTECTION). */
    protected HttpApi api() {
        return new HttpApi(port, objectMapper, OPERATOR, PASSWORD);
    }

    /** The API as the clerk (role USER only). */
    protected HttpApi clerkApi() {
        return new HttpApi(port, objectMapper, CLERK, PASSWORD);
    }

    /** The API as the bookkeeper (roles USER and BOOKKEEPING). */
    protected HttpApi bookkeeperApi() {
        return new HttpApi(port, objectMapper, BOOKKEEPER, PASSWORD);
    }

    /** The API without credentials. */
    protected HttpApi anonymousApi() {
        return new HttpApi(port, objectMapper, null, null);
    }

    /** A value unique in this run and across runs, for marker values and search terms. */
    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36) + Integer.toString((int) (Math.random() * 1000), 36);
    }
}
