package nl.ketenwijs.grievance.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.ketenwijs.grievance.files.FileCleaning;
import nl.ketenwijs.grievance.files.FileRejected;
import nl.ketenwijs.grievance.intake.Sent;
import nl.ketenwijs.grievance.photos.CleanPhoto;
import nl.ketenwijs.grievance.photos.PhotoCleaning;
import nl.ketenwijs.grievance.photos.PhotoRejected;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** The photos of a posted complaint form, cleaned, or the reason why not as an error of the photos field. */
@Component
class PhotoUploads {

    static final String FIELD = "photos";

    private final PhotoCleaning cleaning;

    PhotoUploads(PhotoCleaning cleaning) {
        this.cleaning = cleaning;
    }

    List<Sent<CleanPhoto>> clean(List<MultipartFile> files, Errors errors) {
        List<Sent<CleanPhoto>> photos = new ArrayList<>();
        try {
            if (files.size() > PhotoCleaning.MOST_PHOTOS) {
                throw new PhotoRejected(PhotoRejected.Reason.TOO_MANY);
            }
            for (MultipartFile file : files) {
                FileCleaning.checkName(file.getOriginalFilename());
                // The size the upload declares is checked before the file is read into memory.
                if (file.getSize() > PhotoCleaning.LARGEST_PHOTO_BYTES) {
                    throw new PhotoRejected(PhotoRejected.Reason.TOO_LARGE);
                }
                byte[] original = file.getBytes();
                photos.add(new Sent<>(cleaning.clean(original), original));
            }
        } catch (PhotoRejected e) {
            reject(errors, "portal.error.photo." + e.reason());
            return List.of();
        } catch (FileRejected e) {
            reject(errors, "portal.error.file." + e.reason());
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return photos;
    }

    private static void reject(Errors errors, String code) {
        errors.rejectValue(
                FIELD,
                code,
                new Object[] {
                    ComplaintFormCheck.label(FIELD),
                    String.valueOf(PhotoCleaning.MOST_PHOTOS),
                    String.valueOf(PhotoCleaning.LARGEST_PHOTO_BYTES / 1024 / 1024)
                },
                null);
    }
}
