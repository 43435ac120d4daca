package nl.ketenwijs.grievance.portal;

import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Documents and voice notes a complainant adds to their case on the follow-up page. */
record FilesForm(List<MultipartFile> documents, List<MultipartFile> voiceNotes) {

    FilesForm {
        documents = chosen(documents);
        voiceNotes = chosen(voiceNotes);
    }

    static FilesForm blank() {
        return new FilesForm(List.of(), List.of());
    }

    boolean isEmpty() {
        return documents.isEmpty() && voiceNotes.isEmpty();
    }

    /** An empty part is a file input left empty, not a file. */
    private static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null
                ? List.of()
                : files.stream().filter(file -> !file.isEmpty()).toList();
    }
}
