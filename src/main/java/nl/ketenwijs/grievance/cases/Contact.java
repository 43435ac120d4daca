package nl.ketenwijs.grievance.cases;

import java.util.UUID;

/**
 * How to reach the person, stored only encrypted and kept apart from the content, so that it can be
 * released or erased on its own. A partner is a named NGO or union of the covenant that passes messages on.
 */
public record Contact(String name, String phone, String email, UUID partnerId, String partnerName) {}
