/** The collective complaints mechanism: public intake, receipts, cases, routing and the protection of complainants. */
@ApplicationModule(allowedDependencies = {"organisation", "supplychain", "shared"})
package nl.ketenwijs.grievance;

import org.springframework.modulith.ApplicationModule;
