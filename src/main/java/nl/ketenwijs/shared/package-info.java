/** Value types shared by every module: identifiers, country codes, reporting years, money, levels. */
@ApplicationModule(allowedDependencies = {})
package nl.ketenwijs.shared;

import org.springframework.modulith.ApplicationModule;
