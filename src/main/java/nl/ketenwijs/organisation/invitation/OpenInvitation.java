package nl.ketenwijs.organisation.invitation;

/** What the invitee sees before accepting: who invited them to what. */
public record OpenInvitation(String email, String displayName, String organisationName) {}
