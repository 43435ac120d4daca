package nl.ketenwijs.monitoring.assessment;

/** An evidence file as stored: its checked name and type, for download as an attachment. */
public record StoredFile(String fileName, String contentType, byte[] content) {}
