package nl.ketenwijs.grievance.routing;

/** Who filed the complaint and how to reach them: on a copy only with the complainant's recorded consent. */
public record CopyIdentity(String name, String phone, String email) {}
