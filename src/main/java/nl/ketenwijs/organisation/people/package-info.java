/** The people of one organisation, as its admin manages them: roles, disabling, invitations. */
package nl.ketenwijs.organisation.people;
