/**
 * Value types shared by every module (identifiers, country codes, reporting years, money, levels) and the
 * {@link nl.ketenwijs.shared.SecretBox} that seals secrets at rest.
 */
@ApplicationModule(allowedDependencies = {})
package nl.ketenwijs.shared;

import org.springframework.modulith.ApplicationModule;
