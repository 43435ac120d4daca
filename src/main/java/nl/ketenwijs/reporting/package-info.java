/** Assembly of the annual report: charts as SVG, the public HTML page and the PDF. */
@ApplicationModule(
        allowedDependencies = {
            "organisation",
            "riskknowledge",
            "supplychain",
            "riskanalysis",
            "actions",
            "monitoring",
            "grievance",
            "shared"
        })
package nl.ketenwijs.reporting;

import org.springframework.modulith.ApplicationModule;
