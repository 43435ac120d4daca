/** A company's products, raw materials, origins and suppliers, with imports and exports. */
@ApplicationModule(allowedDependencies = {"organisation", "riskknowledge", "shared", "spreadsheet"})
package nl.ketenwijs.supplychain;

import org.springframework.modulith.ApplicationModule;
