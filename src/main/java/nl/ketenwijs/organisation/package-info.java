/** Organisations of the covenant, their memberships, users, roles, invitations, API tokens and the audit log. */
@ApplicationModule(allowedDependencies = {"shared"})
package nl.ketenwijs.organisation;

import org.springframework.modulith.ApplicationModule;
