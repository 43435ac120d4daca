/** The organisations of the covenant: the overview, and the secretariat's registration of a new one. */
package nl.ketenwijs.organisation.registry;
