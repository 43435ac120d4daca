/**
 * The secret box of {@link nl.ketenwijs.shared.SecretBox}: AES-256-GCM under a master key from configuration,
 * generated only for the embedded database or the demo.
 */
package nl.ketenwijs.system.crypto;
