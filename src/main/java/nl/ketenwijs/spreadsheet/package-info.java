/**
 * Reads an uploaded spreadsheet (CSV or XLSX) into rows of text, hardened against hostile files: size and row
 * limits, no formula evaluation, zip-bomb limits. Depends on nothing else of Ketenwijs.
 */
@ApplicationModule(allowedDependencies = {})
package nl.ketenwijs.spreadsheet;

import org.springframework.modulith.ApplicationModule;
