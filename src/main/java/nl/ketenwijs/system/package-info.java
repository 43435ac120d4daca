/** Cross-cutting web infrastructure: security configuration, the embedded database, layout, error pages and i18n. */
@ApplicationModule(allowedDependencies = {"organisation", "shared"})
package nl.ketenwijs.system;

import org.springframework.modulith.ApplicationModule;
