package nl.ketenwijs.grievance.files;

import org.springframework.stereotype.Component;

/**
 * Documents and voice notes sent with a complaint. The type is told by the first bytes only, never by the
 * file's name or the type the browser claims: a zip or a program renamed to .pdf or .mp3 is refused. A PDF
 * loses its document information, XMP metadata, scripts and embedded files; a voice note loses the
 * metadata its container format lets us remove without decoding the sound (see {@link AudioCleaning}).
 */
@Component
public class FileCleaning {

    public static final int MOST_FILES = 3;
    public static final long LARGEST_FILE_BYTES = 10L * 1024 * 1024;
    /** All documents and voice notes of one post together. */
    public static final long LARGEST_TOTAL_BYTES = 20L * 1024 * 1024;

    public CleanFile clean(FileKind kind, byte[] file) {
        if (file.length == 0) {
            throw new FileRejected(FileRejected.Reason.EMPTY);
        }
        if (file.length > LARGEST_FILE_BYTES) {
            throw new FileRejected(FileRejected.Reason.TOO_LARGE);
        }
        return switch (kind) {
            case DOCUMENT -> new CleanFile(kind, PdfCleaning.CONTENT_TYPE, PdfCleaning.clean(file));
            case VOICE_NOTE -> AudioCleaning.clean(file);
        };
    }

    /**
     * Bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) make "gpj.exe" look
     * like "exe.jpg"; no phone or camera puts them in a file name, so a name with one is a trick.
     */
    public static void checkName(String name) {
        if (name == null) {
            return;
        }
        boolean hidden = name.codePoints().anyMatch(c -> (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069));
        if (hidden) {
            throw new FileRejected(FileRejected.Reason.HIDDEN_NAME);
        }
    }
}
