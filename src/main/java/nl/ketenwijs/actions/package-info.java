/** Plans of approach, measures, collective projects and the matching of shared risks between companies. */
@ApplicationModule(
        allowedDependencies = {"riskanalysis", "riskknowledge", "supplychain", "organisation", "grievance", "shared"})
package nl.ketenwijs.actions;

import org.springframework.modulith.ApplicationModule;
