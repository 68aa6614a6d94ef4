package se.glomska.residue;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.glomska.HttpApi;
import se.glomska.erasure.CustomerHistory;
import se.glomska.erasure.Markers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residue test's steps, the same on every server: two customers with distinctive values erased through the
 * application's API (one deleted with every kind of own record, one anonymized), then InnoDB made to purge the
 * old row versions and write every page and a checkpoint, then every file of the data folder scanned.
 */
final class ResidueProbe {

    /** The markers, each searched as its first 8 characters in both cases (the e-mail addresses are lower case). */
    final String deleted = Markers.next();
    final String anonymized = Markers.next();
    /** A customer left as it is: its values must be found in the customer table's file, proving the pages were written. */
    final String kept = Markers.next();

    /** Erases both customers through the API, as the operator would. */
    void erase(HttpApi api) {
        HttpApi.Response control = api.post("/api/customers", Map.of("kind", "PERSON", "relation", "CUSTOMER",
                "firstName", kept.substring(0, 8) + "Kvar", "lastName", kept.substring(0, 8) + "Kvarstar"));
        assertThat(control.status()).as(control.toString()).isEqualTo(201);
        long deletedId = CustomerHistory.withoutTransactions(api, deleted).customerId;
        assertThat(api.post("/api/customers/" + deletedId + "/erasure",
                Map.of("action", "DELETE", "acknowledged", true)).status()).isEqualTo(200);

        String a = anonymized.substring(0, 8);
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("kind", "PERSON");
        customer.put("relation", "CUSTOMER");
        customer.put("firstName", a + "Fornamn");
        customer.put("lastName", a + "Efternamn");
        customer.put("contact", Map.of("email", a.toLowerCase() + "@example.se", "mobile", "070-" + a,
                "contactPerson", a + "Kontakt"));
        HttpApi.Response created = api.post("/api/customers", customer);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long anonymizedId = created.id();
        // A transaction (a call, without text) makes the customer one to anonymize, not to delete.
        HttpApi.Response call = api.post("/api/crm/activities", Map.of("customerId", anonymizedId, "kind", "CALL",
                "occursAt", "2025-03-01T10:00:00Z"));
        assertThat(call.status()).as(call.toString()).isEqualTo(201);
        HttpApi.Response erasure = api.post("/api/customers/" + anonymizedId + "/erasure",
                Map.of("action", "ANONYMIZE", "acknowledged", true));
        assertThat(erasure.status()).as(erasure.toString()).isEqualTo(200);
    }

    /**
     * Waits until purge has removed every old row version ({@code innodb_max_purge_lag_wait=0}), then writes
     * every changed page to its tablespace and makes a checkpoint ({@code innodb_log_checkpoint_now}), and waits
     * until no page is dirty.
     */
    static void settle(JdbcClient jdbc) {
        boolean checkpointNow = jdbc.sql("SELECT COUNT(*) FROM information_schema.global_variables"
                + " WHERE variable_name = 'INNODB_LOG_CHECKPOINT_NOW'").query(Long.class).single() > 0;
        // Without innodb_log_checkpoint_now (MariaDB 11.4 has it in debug builds only) the page cleaner is told
        // to leave no page dirty, which also advances the checkpoint.
        String pct = jdbc.sql("SELECT @@GLOBAL.innodb_max_dirty_pages_pct").query(String.class).single();
        String lwm = jdbc.sql("SELECT @@GLOBAL.innodb_max_dirty_pages_pct_lwm").query(String.class).single();
        try {
            if (!checkpointNow) {
                jdbc.sql("SET GLOBAL innodb_max_dirty_pages_pct_lwm = 0").update();
                jdbc.sql("SET GLOBAL innodb_max_dirty_pages_pct = 0").update();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            do {
                jdbc.sql("SET GLOBAL innodb_max_purge_lag_wait = 0").update();
                if (checkpointNow) {
                    jdbc.sql("SET GLOBAL innodb_log_checkpoint_now = ON").update();
                }
                sleep();
            } while (dirtyPages(jdbc) > 0 && System.nanoTime() < deadline);
        } finally {
            if (!checkpointNow) {
                jdbc.sql("SET GLOBAL innodb_max_dirty_pages_pct = " + Double.parseDouble(pct)).update();
                jdbc.sql("SET GLOBAL innodb_max_dirty_pages_pct_lwm = " + Double.parseDouble(lwm)).update();
            }
        }
    }

    private static long dirtyPages(JdbcClient jdbc) {
        return jdbc.sql("SELECT variable_value FROM information_schema.global_status"
                        + " WHERE variable_name = 'INNODB_BUFFER_POOL_PAGES_DIRTY'")
                .query(Long.class).single();
    }

    /** The files of {@code folder} that hold a marker of an erased customer (in either case). */
    Set<String> filesHoldingAnErasedValue(Path folder) {
        Set<String> files = new TreeSet<>();
        needles().forEach((label, n) -> {
            if (!label.startsWith("kept")) {
                files.addAll(DataFolderScan.occurrences(folder, n).keySet());
            }
        });
        return files;
    }

    /** The files of {@code folder} that hold the customer left as it is. */
    Set<String> filesHoldingTheKeptValue(Path folder) {
        return DataFolderScan.occurrences(folder, kept.substring(0, 8)).keySet();
    }

    String report(Path folder) {
        return DataFolderScan.report(folder, needles());
    }

    private Map<String, String> needles() {
        Map<String, String> needles = new LinkedHashMap<>();
        needles.put("deleted", deleted.substring(0, 8));
        needles.put("deleted(lc)", deleted.substring(0, 8).toLowerCase());
        needles.put("anonymized", anonymized.substring(0, 8));
        needles.put("anonymized(lc)", anonymized.substring(0, 8).toLowerCase());
        needles.put("kept", kept.substring(0, 8));
        return needles;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
