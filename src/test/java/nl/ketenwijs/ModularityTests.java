package nl.ketenwijs;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KetenwijsApplication.class);

    @Test
    void modulesOnlyUseTheDependenciesTheyDeclare() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        var names = modules.stream()
                .map(module -> module.getIdentifier().toString())
                .toList();
        org.assertj.core.api.Assertions.assertThat(names)
                .contains(
                        "shared",
                        "system",
                        "organisation",
                        "riskknowledge",
                        "supplychain",
                        "riskanalysis",
                        "actions",
                        "monitoring",
                        "reporting",
                        "grievance",
                        "notification");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
