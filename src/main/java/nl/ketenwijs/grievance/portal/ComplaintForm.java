package nl.ketenwijs.grievance.portal;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.web.multipart.MultipartFile;

/**
 * The complaint form as typed, every field a string so that nothing the person wrote is lost on the way
 * back to them. The form key makes a double post one case.
 */
record ComplaintForm(
        String formKey,
        String whatHappened,
        String country,
        String region,
        String place,
        String company,
        List<String> themes,
        String since,
        String affected,
        String gender,
        String children,
        String wish,
        String contactChannel,
        String contactName,
        String phone,
        String email,
        String partner,
        List<MultipartFile> photos,
        List<MultipartFile> documents,
        List<MultipartFile> voiceNotes) {

    static final String ANONYMOUS = "ANONYMOUS";

    static ComplaintForm blank() {
        return new ComplaintForm(
                UUID.randomUUID().toString(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                ANONYMOUS,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * A browser sends an empty part for a file input left empty: it is no file. Files are never shown
     * back (a browser cannot be given a file to send again), so the person is asked to choose them again.
     */
    ComplaintForm {
        themes = themes == null ? List.of() : List.copyOf(themes);
        photos = chosen(photos);
        documents = chosen(documents);
        voiceNotes = chosen(voiceNotes);
    }

    private static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null
                ? List.of()
                : files.stream()
                        .filter(file -> !file.isEmpty() || hasName(file))
                        .toList();
    }

    private static boolean hasName(MultipartFile file) {
        return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }

    /** Files were sent with this post: when the form comes back, the person must choose them again. */
    boolean hasFiles() {
        return !photos.isEmpty() || !documents.isEmpty() || !voiceNotes.isEmpty();
    }

    /**
     * The form with every character PostgreSQL cannot store or the browser could not send (NUL and other
     * control characters, bytes that were not UTF-8) shown as the replacement character, which the check then
     * names: the person sees where the problem is, and keeps the rest of their text.
     */
    ComplaintForm withUnreadableMarked() {
        return map(UnreadableText::mark);
    }

    /** A new form of a partner organisation filing for someone: by default the person is reached through it. */
    static ComplaintForm blankThrough(UUID partner) {
        ComplaintForm blank = blank();
        return new ComplaintForm(
                blank.formKey,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                "PARTNER",
                null,
                null,
                null,
                partner.toString(),
                List.of(),
                List.of(),
                List.of());
    }

    ComplaintForm withNewKey() {
        return new ComplaintForm(
                UUID.randomUUID().toString(),
                whatHappened,
                country,
                region,
                place,
                company,
                themes,
                since,
                affected,
                gender,
                children,
                wish,
                contactChannel,
                contactName,
                phone,
                email,
                partner,
                photos,
                documents,
                voiceNotes);
    }

    private ComplaintForm map(UnaryOperator<String> text) {
        return new ComplaintForm(
                text.apply(formKey),
                text.apply(whatHappened),
                text.apply(country),
                text.apply(region),
                text.apply(place),
                text.apply(company),
                themes.stream().map(text).toList(),
                text.apply(since),
                text.apply(affected),
                text.apply(gender),
                text.apply(children),
                text.apply(wish),
                text.apply(contactChannel),
                text.apply(contactName),
                text.apply(phone),
                text.apply(email),
                text.apply(partner),
                photos,
                documents,
                voiceNotes);
    }
}
