package nl.ketenwijs.grievance.routing;

import java.util.List;

/**
 * The copy as the handler prepares it: the allow-listed fields, edited where the handler redacts, whether the
 * person's identity goes along (only honoured with their recorded consent) and which photos (by position).
 */
public record ForwardDraft(
        String region, String since, String whatHappened, String wish, boolean withIdentity, List<Integer> photos) {

    public ForwardDraft {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    CopyContent content() {
        return new CopyContent(trimmed(region), trimmed(since), trimmed(whatHappened), trimmed(wish));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
