/** Yearly questionnaires, company self-assessments, reviews and their aggregates. */
@ApplicationModule(
        allowedDependencies = {"organisation", "supplychain", "riskanalysis", "actions", "grievance", "shared"})
package nl.ketenwijs.monitoring;

import org.springframework.modulith.ApplicationModule;
