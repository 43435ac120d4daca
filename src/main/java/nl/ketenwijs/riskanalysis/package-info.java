/** Company risk registers, prioritisation and re-analysis when a chain or a data set changes. */
@ApplicationModule(allowedDependencies = {"organisation", "supplychain", "riskknowledge", "shared"})
package nl.ketenwijs.riskanalysis;

import org.springframework.modulith.ApplicationModule;
