package se.glomska;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/** The modules respect each other's boundaries; the documentation under docs/modules is generated from them. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(GlomskaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void aModuleReachingIntoAnotherModulesInternalsFailsVerification() {
        ApplicationModules leaky = ApplicationModules.of("fixture.modulith", location -> true);

        assertThatThrownBy(leaky::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("shipping")
                .hasMessageContaining("inventory.internal.Stock");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
