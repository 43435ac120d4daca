package nl.ketenwijs.actions;

import java.util.Arrays;
import java.util.Optional;
import nl.ketenwijs.actions.plan.EvidenceFiles;
import nl.ketenwijs.actions.plan.EvidenceType;

/**
 * The rules every evidence upload follows, for other modules that accept evidence files too: the size
 * limit, the kinds accepted (told by content, never by name or claimed type), and a safe file name.
 */
public final class UploadRules {

    public static final int MAX_BYTES = EvidenceFiles.MAX_BYTES;

    private UploadRules() {}

    /** The content type of an accepted kind of file, told from its bytes; empty for any other kind. */
    public static Optional<String> contentTypeOf(byte[] content) {
        return EvidenceType.of(content).map(EvidenceType::contentType);
    }

    /** The name without path, control, direction or reserved characters, for a file of this content type. */
    public static String safeName(String fileName, String contentType) {
        EvidenceType type = Arrays.stream(EvidenceType.values())
                .filter(t -> t.contentType().equals(contentType))
                .findFirst()
                .orElse(null);
        return EvidenceFiles.safeName(fileName, type);
    }
}
