package se.glomska.cluster;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 3: scheduled work once when both instances fire it on the cluster. Both instances (A on node 1,
 * B on node 2) schedule the retention run and the daily contract check for second 0 of every minute; ShedLock's
 * {@code shedlock} row, written on two nodes at once, must let exactly one instance through: certification aborts
 * the other's insert or update (ADR 0008). One retention run is recorded for the minute, and the contract check
 * announces each ended contract once (one {@code ErasureBlockersChanged} publication per listener, each
 * completed once), not twice.
 */
@TwoInstancesOnTheCluster.InstanceProperties({
        "glomska.retention.enabled=true", "glomska.retention.inactive-after=P3Y",
        "glomska.retention.action=PROPOSE", "glomska.retention.schedule=0 * * * * *",
        "glomska.contracts.ended-check=0 * * * * *"})
class ScheduledWorkOnceAcrossNodesIT extends TwoInstancesOnTheCluster {

    @Test
    void bothInstancesFireTheRetentionRunAndTheContractCheckInTheSameSecondAndEachRunsOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        long customer = created(a.api().post("/api/customers", map("kind", "COMPANY", "relation", "CUSTOMER",
                "name", "Avtalskund AB", "country", "SE")));
        long contract = created(a.api().post("/api/contracts", map("customerId", customer,
                "startDate", today.minusYears(1).toString(), "endDate", today.minusDays(2).toString())));

        // Both are up: the next whole minute fires on both (at least 5 s from now, so that neither misses it)
        Instant minute = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Thread.sleep(Math.max(0, minute.toEpochMilli() - System.currentTimeMillis()) + 20_000);
        Timestamp from = Timestamp.from(minute.minusSeconds(1));
        Timestamp to = Timestamp.from(minute.plusSeconds(20));

        long runs = check.sql("SELECT COUNT(*) FROM retention_run WHERE started_at >= ? AND started_at < ?")
                .param(from).param(to).query(Long.class).single();
        assertThat(runs).as("retention runs started at " + minute + " by two instances on two nodes").isEqualTo(1);

        long ended = check.sql("SELECT COUNT(*) FROM sales_contract WHERE end_date BETWEEN ? AND ?")
                .param(today.minusDays(7)).param(today.minusDays(1)).query(Long.class).single();
        assertThat(ended).as("ended contracts to announce, ours (" + contract + ") among them").isPositive();
        awaitEveryPublicationCompleted();
        Map<String, Long> perListener = countsPerListener("SELECT LISTENER_ID, COUNT(*) FROM EVENT_PUBLICATION"
                + " WHERE EVENT_TYPE LIKE '%ErasureBlockersChanged' AND SERIALIZED_EVENT LIKE '%CONTRACT_ENDED%'"
                + " AND PUBLICATION_DATE >= ? AND PUBLICATION_DATE < ? GROUP BY LISTENER_ID", from, to);
        System.out.printf("cluster schedule: minute %s, %d retention run(s), %d ended contract(s), announcements "
                + "per listener %s%n", minute, runs, ended, perListener);
        assertThat(perListener).as("listeners of the contract check's announcements").isNotEmpty();
        assertThat(perListener.values()).as("announcements per listener: one check, each ended contract once")
                .allMatch(n -> n == ended);
    }
}
