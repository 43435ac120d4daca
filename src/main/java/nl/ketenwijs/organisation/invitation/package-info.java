/** Invitations: single-use links with which a new person joins an organisation. */
package nl.ketenwijs.organisation.invitation;
