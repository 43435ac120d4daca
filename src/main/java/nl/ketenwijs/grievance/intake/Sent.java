package nl.ketenwijs.grievance.intake;

/**
 * A file as it will be kept: its cleaned copy, and the bytes as they came, which reach the database only when
 * originals are kept (see ketenwijs.complaints.keep-originals).
 */
public record Sent<T>(T cleaned, byte[] original) {}
