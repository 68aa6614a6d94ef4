package se.glomska.support;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import se.glomska.ModuleContexts;
import se.glomska.support.internal.application.OpenCase;
import se.glomska.support.internal.domain.NewCase;
import se.glomska.support.internal.domain.SupportCase;
import se.glomska.support.internal.domain.SupportCases;

import static org.assertj.core.api.Assertions.assertThat;

/** The support module with the customer module it depends on (its API), and nothing else. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {ModuleContexts.THROW_AWAY_DATABASE, ModuleContexts.NO_DEMO_DATA})
class SupportModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OpenCase openCase;

    @Autowired
    SupportCases cases;

    @Test
    void startsSupportWithTheCustomerModuleOnly() {
        assertThat(ModuleContexts.modulesWithBeans(context)).containsExactly("customer", "support");
    }

    @Test
    void opensACaseForACustomer() {
        long customerId = ModuleContexts.customer(context, "Ärendesson");

        long id = openCase.open(new NewCase(customerId, "Modul Ärendesson", "modul@example.se", null, "Trasig leverans",
                "Paketet kom fram skadat.", null));

        SupportCase opened = cases.find(id).orElseThrow();
        assertThat(opened.customerId()).isEqualTo(customerId);
        assertThat(opened.subject()).isEqualTo("Trasig leverans");
    }
}
