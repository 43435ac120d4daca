/**
 * The quick scan: a guided first look for a small company without a specialist. What it sells, its main
 * raw materials and where they come from go into the company's chain; its top risks come from the
 * register; it ends with three first steps and a one-page summary.
 */
@ApplicationModule(allowedDependencies = {"organisation", "riskknowledge", "supplychain", "riskanalysis", "shared"})
package nl.ketenwijs.quickscan;

import org.springframework.modulith.ApplicationModule;
