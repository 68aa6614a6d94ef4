package se.glomska.crm;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import se.glomska.ModuleContexts;
import se.glomska.crm.internal.application.RecordActivity;
import se.glomska.crm.internal.domain.Activities;
import se.glomska.crm.internal.domain.Activity;
import se.glomska.crm.internal.domain.ActivityKind;
import se.glomska.crm.internal.domain.ActivityStatus;
import se.glomska.crm.internal.domain.NewActivity;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The CRM module with the customer module it depends on (its API), and nothing else. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {ModuleContexts.THROW_AWAY_DATABASE, ModuleContexts.NO_DEMO_DATA})
class CrmModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RecordActivity recordActivity;

    @Autowired
    Activities activities;

    @Test
    void startsCrmWithTheCustomerModuleOnly() {
        assertThat(ModuleContexts.modulesWithBeans(context)).containsExactly("crm", "customer");
    }

    @Test
    void recordsAnActivityOfACustomer() {
        long customerId = ModuleContexts.customer(context, "Kundsson");

        long id = recordActivity.record(new NewActivity(customerId, ActivityKind.CALL, null, "Uppföljning", null,
                null, null, null, Instant.parse("2026-12-01T09:00:00Z"), "modultest"));

        Activity activity = activities.find(id).orElseThrow();
        assertThat(activity.customerId()).isEqualTo(customerId);
        assertThat(activity.kind()).isEqualTo(ActivityKind.CALL);
        assertThat(activity.status()).isEqualTo(ActivityStatus.PLANNED);
    }
}
