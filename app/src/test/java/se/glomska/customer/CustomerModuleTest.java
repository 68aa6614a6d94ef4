package se.glomska.customer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import se.glomska.ModuleContexts;
import se.glomska.customer.internal.application.EraseCustomer;
import se.glomska.customer.spi.AnonymizationParticipant;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer module on its own (Spring Modulith bootstraps only {@code se.glomska.customer}, plus the
 * application's own configuration in {@code se.glomska}): it depends on no other module, so its erasure runs
 * with its own participant and the platform's only, and erasing a customer publishes {@link CustomerErased}.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {ModuleContexts.THROW_AWAY_DATABASE, ModuleContexts.NO_DEMO_DATA})
class CustomerModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    EraseCustomer erase;

    @Autowired
    List<AnonymizationParticipant> participants;

    @Test
    void startsTheCustomerModuleAlone() {
        assertThat(ModuleContexts.modulesWithBeans(context)).containsExactly("customer");
        assertThat(participants).extracting(p -> p.getClass().getSimpleName())
                .containsExactlyInAnyOrder("CustomerParticipant", "PlatformTables");
    }

    @Test
    void erasingACustomerPublishesCustomerErased(Scenario scenario) {
        long customerId = ModuleContexts.customer(context, "Raderasson");

        scenario.stimulate(() -> erase.perform(customerId, ErasureAction.DELETE, "module-test"))
                .andWaitForEventOfType(CustomerErased.class)
                .matching(event -> event.customerId() == customerId)
                .toArriveAndVerify(event -> {
                    assertThat(event.action()).isEqualTo("DELETE");
                    assertThat(event.actor()).isEqualTo("module-test");
                });
    }
}
