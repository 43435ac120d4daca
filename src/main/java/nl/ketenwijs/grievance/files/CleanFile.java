package nl.ketenwijs.grievance.files;

/**
 * A document or voice note as handlers and companies may download it: its type told by its content, and the
 * metadata removed that can be removed (see {@link FileCleaning}).
 */
public record CleanFile(FileKind kind, String contentType, byte[] bytes) {}
