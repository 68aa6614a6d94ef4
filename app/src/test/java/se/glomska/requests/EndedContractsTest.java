package se.glomska.requests;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.glomska.IntegrationTest;
import se.glomska.sales.internal.application.AnnounceEndedContracts;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.glomska.requests.RequestFixtures.TODAY;
import static se.glomska.requests.RequestFixtures.created;
import static se.glomska.requests.RequestFixtures.map;

/**
 * A contract ends by date: the daily check (ShedLock, once across instances) announces it, and a request that
 * waited for it is carried out.
 */
class EndedContractsTest extends IntegrationTest {

    @Autowired
    AnnounceEndedContracts announce;

    @Test
    void aRequestWaitingForAContractIsCarriedOutAfterTheDayItEnded() {
        RequestFixtures fixtures = new RequestFixtures(api());
        long customer = fixtures.customer();
        long contract = created(api().post("/api/contracts", map("customerId", customer,
                "startDate", TODAY.minusYears(1).toString(), "endDate", TODAY.toString())));
        fixtures.awaitBlockers(customer, List.of("CONTRACT_ONGOING"));
        long id = fixtures.request(customer).get("id").asLong();
        assertThat(fixtures.approve(id, true).json().get("status").asString()).isEqualTo("WAITING");

        // a day passes: the contract's last day is yesterday
        jdbc.sql("UPDATE sales_contract SET end_date = ? WHERE id = ?").params(TODAY.minusDays(1), contract).update();
        assertThat(announce.announce(TODAY)).isPositive();

        fixtures.awaitStatus(id, "DONE");
        assertThat(api().get("/api/customers/" + customer).json().get("anonymized").asBoolean()).isTrue();
    }

    @Test
    void theDailyCheckRunsUnderTheSchedulerLockAndAnnouncesTheEndedContracts() {
        long customer = new RequestFixtures(api()).customer();
        created(api().post("/api/contracts", map("customerId", customer,
                "startDate", TODAY.minusYears(1).toString(), "endDate", TODAY.minusDays(2).toString())));
        String announcements = "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE EVENT_TYPE LIKE '%ErasureBlockersChanged'"
                + " AND SERIALIZED_EVENT LIKE '%CONTRACT_ENDED%'";
        long before = jdbc.sql(announcements).query(Long.class).single();
        announce.daily();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'sales.endedContracts'").query(Long.class)
                .single()).isEqualTo(1);
        // The scheduled entry point publishes in a transaction, so the announcements reach the module listeners
        assertThat(jdbc.sql(announcements).query(Long.class).single()).as("announcements of the daily check")
                .isGreaterThan(before);
    }
}
