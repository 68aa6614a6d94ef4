package se.glomska.accountability;

import org.junit.jupiter.api.Test;
import se.glomska.HttpApi;
import se.glomska.HttpApis;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Only DATA_PROTECTION may erase, export or read the erasure log; the refused action does not happen. */
class AccessControlTest extends IntegrationTest {

    private long customer() {
        return api().post("/api/customers", Map.of("kind", "COMPANY", "relation", "CUSTOMER",
                "name", unique("Skyddat AB"))).id();
    }

    @Test
    void withoutCredentialsEveryErasureAndExportEndpointAnswers401AndNothingHappens() {
        long id = customer();
        assertRefused(anonymousApi(), id, 401);
    }

    @Test
    void aUserWithoutDataProtectionGets403AndNothingHappens() {
        long id = customer();
        assertRefused(clerkApi(), id, 403);
    }

    @Test
    void aUserStillWorksWithBusinessData() {
        assertThat(clerkApi().get("/api/customers?q=x").status()).isEqualTo(200);
    }

    @Test
    void noCredentialsIs401() {
        assertThat(anonymousApi().get("/api/customers").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIs401AlsoRightAfterTheRightOneWasAccepted() {
        // The right password is remembered for a while (CredentialCache); a wrong one must still fail.
        assertThat(clerkApi().get("/api/customers?q=x").status()).isEqualTo(200);
        Response wrong = HttpApis.of(port, CLERK, PASSWORD + "x").get("/api/customers?q=x");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(HttpApis.of(port, OPERATOR, PASSWORD.substring(1)).get("/api/customers?q=x").status()).isEqualTo(401);
        assertThat(clerkApi().get("/api/customers?q=x").status()).isEqualTo(200);
    }

    private void assertRefused(HttpApi client, long id, int status) {
        long logBefore = jdbc.sql("SELECT COUNT(*) FROM erasure_log").query(Long.class).single();
        for (Response response : new Response[] {
                client.get("/api/customers/" + id + "/erasure"),
                client.post("/api/customers/" + id + "/erasure", Map.of("action", "DELETE", "acknowledged", true)),
                client.get("/api/customers/" + id + "/personal-data"),
                client.get("/api/erasures")}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(status);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(status);
        }
        assertThat(api().get("/api/customers/" + id).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM erasure_log").query(Long.class).single()).isEqualTo(logBefore);
    }
}
