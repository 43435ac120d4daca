/**
 * E-mail through an outbox, and reminders: implements the organisation module's OutgoingMail port and
 * listens to the other modules' events.
 */
@ApplicationModule(allowedDependencies = {"organisation", "actions", "monitoring", "grievance", "shared"})
package nl.ketenwijs.notification;

import org.springframework.modulith.ApplicationModule;
