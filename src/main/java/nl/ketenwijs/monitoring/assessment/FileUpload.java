package nl.ketenwijs.monitoring.assessment;

/**
 * A file as it came in; {@code content} is read only when {@code size} is within the limit, so an oversized
 * file is refused without being held in memory.
 */
public record FileUpload(String fileName, long size, byte[] content) {}
