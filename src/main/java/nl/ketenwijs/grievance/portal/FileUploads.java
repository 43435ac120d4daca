package nl.ketenwijs.grievance.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.ketenwijs.grievance.files.CleanFile;
import nl.ketenwijs.grievance.files.FileCleaning;
import nl.ketenwijs.grievance.files.FileKind;
import nl.ketenwijs.grievance.files.FileRejected;
import nl.ketenwijs.grievance.intake.Sent;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents and voice notes of a posted form, cleaned, or the reason why not as an error of their field
 * ("documents" or "voiceNotes"), in the person's language.
 */
@Component
class FileUploads {

    static final String DOCUMENTS = "documents";
    static final String VOICE_NOTES = "voiceNotes";

    private final FileCleaning cleaning;

    FileUploads(FileCleaning cleaning) {
        this.cleaning = cleaning;
    }

    List<Sent<CleanFile>> clean(List<MultipartFile> documents, List<MultipartFile> voiceNotes, Errors errors) {
        long total = documents.stream().mapToLong(MultipartFile::getSize).sum()
                + voiceNotes.stream().mapToLong(MultipartFile::getSize).sum();
        if (total > FileCleaning.LARGEST_TOTAL_BYTES && documents.size() + voiceNotes.size() > 1) {
            reject(errors, voiceNotes.isEmpty() ? DOCUMENTS : VOICE_NOTES, FileRejected.Reason.TOO_LARGE, true);
            return List.of();
        }
        List<Sent<CleanFile>> files = new ArrayList<>(cleaned(DOCUMENTS, FileKind.DOCUMENT, documents, errors));
        files.addAll(cleaned(VOICE_NOTES, FileKind.VOICE_NOTE, voiceNotes, errors));
        return errors.hasErrors() ? List.of() : files;
    }

    private List<Sent<CleanFile>> cleaned(String field, FileKind kind, List<MultipartFile> files, Errors errors) {
        List<Sent<CleanFile>> cleaned = new ArrayList<>();
        try {
            if (files.size() > FileCleaning.MOST_FILES) {
                throw new FileRejected(FileRejected.Reason.TOO_MANY);
            }
            for (MultipartFile file : files) {
                FileCleaning.checkName(file.getOriginalFilename());
                // The size the upload declares is checked before the file is read into memory.
                if (file.getSize() > FileCleaning.LARGEST_FILE_BYTES) {
                    throw new FileRejected(FileRejected.Reason.TOO_LARGE);
                }
                byte[] original = file.getBytes();
                cleaned.add(new Sent<>(cleaning.clean(kind, original), original));
            }
        } catch (FileRejected e) {
            reject(errors, field, e.reason(), false);
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cleaned;
    }

    private static void reject(Errors errors, String field, FileRejected.Reason reason, boolean together) {
        errors.rejectValue(
                field,
                "portal.error.file." + reason + (together ? ".together" : ""),
                new Object[] {
                    ComplaintFormCheck.label(field),
                    String.valueOf(FileCleaning.MOST_FILES),
                    String.valueOf(FileCleaning.LARGEST_FILE_BYTES / 1024 / 1024),
                    String.valueOf(FileCleaning.LARGEST_TOTAL_BYTES / 1024 / 1024)
                },
                null);
    }
}
