package se.glomska.erasure;

import org.junit.jupiter.api.Test;
import se.glomska.CapturedLog;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;

import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.erasure.CustomerHistory.map;

/**
 * The application's log, captured at DEBUG for the project's packages (every line, MDC value and
 * exception chain with its stack trace, as a log file holds it), never holds a customer's marker
 * value: not while a full history is anonymized, and not while requests carrying the marker are
 * refused, each with the status it must have: a value of the wrong type (the JSON parser's message
 * quotes it: "from String ..."), an unknown field, an edit of an anonymized customer, a value the
 * database rejects (MariaDB's "Duplicate entry '...'" quotes it) and an unexpected database error
 * (a 500). The log is captured per request; where the application logs the case, the line is
 * required, so that the check is not met by some other request's line.
 */
class NoPersonalDataInLogsTest extends IntegrationTest {

    @Test
    void anonymizationLogsNoPersonalData() {
        String marker = Markers.next();
        CustomerHistory h = CustomerHistory.build(api(), marker);
        CapturedLog log = CapturedLog.atDebug();
        try (log) {
            api().get("/api/customers/" + h.customerId + "/erasure");
            assertThat(api().post("/api/customers/" + h.customerId + "/erasure",
                    Map.of("action", "ANONYMIZE", "acknowledged", true)).status()).isEqualTo(200);
        }
        assertThat(log.logged("Customer " + h.customerId + " erased: ANONYMIZE")).as("the erasure's line").isTrue();
        log.assertNothingContains(marker.substring(0, 8));
    }

    @Test
    void refusedRequestsLogNoPersonalData() {
        String marker = Markers.next();
        long customer = CustomerHistory.created(api().post("/api/customers", map("kind", "PERSON",
                "relation", "CUSTOMER", "lastName", unique("Loggfri"))));
        long anonymized = CustomerHistory.created(api().post("/api/customers", map("kind", "PERSON",
                "relation", "CUSTOMER", "lastName", unique("Loggfri"))));
        CustomerHistory.created(api().post("/api/crm/activities", map("customerId", anonymized, "kind", "CALL",
                "occursAt", "2025-03-01T10:00:00Z")));
        assertThat(api().post("/api/customers/" + anonymized + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true)).status()).isEqualTo(200);

        refused(marker, 400, null, () -> api().post("/api/customers", map("kind", "PERSON", "relation", "CUSTOMER",
                "lastName", marker + "-unknown-field", "shoeSize", 1)));
        refused(marker, 400, null, () -> api().post("/api/customers", map("kind", "PERSON", "relation", "CUSTOMER",
                "lastName", "Loggfri", "birthDate", marker + "-not-a-date")));
        refused(marker, 400, null, () -> api().post("/api/customers", map("kind", marker + "-not-a-kind",
                "relation", "CUSTOMER", "lastName", "Loggfri")));
        refused(marker, 400, null, () -> api().post("/api/crm/activities", map("customerId", marker + "-not-an-id",
                "kind", "CALL", "occursAt", "2025-03-01T10:00:00Z")));
        refused(marker, 409, null, () -> api().put("/api/customers/" + anonymized, map("kind", "PERSON",
                "relation", "CUSTOMER", "lastName", marker + "-late-edit")));

        // The database itself refuses a value, quoting it in its message as MariaDB does for a duplicate key,
        // or fails unexpectedly with the value in the message: a trigger of the test's makes it so.
        jdbc.sql("DROP TRIGGER IF EXISTS log_probe").update();
        jdbc.sql("""
                CREATE TRIGGER log_probe BEFORE INSERT ON crm_activity FOR EACH ROW
                BEGIN
                  DECLARE message VARCHAR(255);
                  IF NEW.subject LIKE '%s-duplicate%%' THEN
                    SET message = CONCAT('Duplicate entry ''', NEW.subject, ''' for key ''probe''');
                    SIGNAL SQLSTATE '23000' SET MESSAGE_TEXT = message, MYSQL_ERRNO = 1062;
                  ELSEIF NEW.subject LIKE '%s-crash%%' THEN
                    SET message = CONCAT('Unexpected value ''', NEW.subject, '''');
                    SIGNAL SQLSTATE 'HY000' SET MESSAGE_TEXT = message, MYSQL_ERRNO = 1644;
                  END IF;
                END""".formatted(marker, marker)).update();
        try {
            refused(marker, 409, "Duplicate key refused by the database", () -> api().post("/api/crm/activities",
                    map("customerId", customer, "kind", "CALL", "occursAt", "2025-03-01T10:00:00Z",
                            "subject", marker + "-duplicate")));
            refused(marker, 500, "Unexpected", () -> api().post("/api/crm/activities",
                    map("customerId", customer, "kind", "CALL", "occursAt", "2025-03-01T10:00:00Z",
                            "subject", marker + "-crash")));
        } finally {
            jdbc.sql("DROP TRIGGER IF EXISTS log_probe").update();
        }
    }

    /**
     * Sends the request with the log captured, and checks the status, the line the application must log
     * for it (if any) and that nothing logged holds the marker.
     */
    private static void refused(String marker, int status, String line, Supplier<Response> request) {
        CapturedLog log = CapturedLog.atDebug();
        Response answer;
        try (log) {
            answer = request.get();
        }
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        if (line != null) {
            assertThat(log.logged(line)).as("logged: " + line).isTrue();
        }
        for (var event : log.events()) {
            assertThat(CapturedLog.rendered(event).toLowerCase()).as("logged by " + event.getLoggerName() + " at "
                            + event.getLevel() + " while answering " + answer.status())
                    .doesNotContain(marker.substring(0, 8).toLowerCase());
        }
    }
}
