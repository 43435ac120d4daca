/** Passwords: the policy every new password meets, and the reset by a single-use mailed link. */
package nl.ketenwijs.organisation.password;
