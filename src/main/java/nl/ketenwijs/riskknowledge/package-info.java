/** Countries, commodities, themes, data-set editions and the rules that turn source rows into inherent risk. */
@ApplicationModule(allowedDependencies = {"shared", "spreadsheet"})
package nl.ketenwijs.riskknowledge;

import org.springframework.modulith.ApplicationModule;
