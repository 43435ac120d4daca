package nl.ketenwijs.grievance.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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

    List<CleanPhoto> clean(List<MultipartFile> files, Errors errors) {
        List<CleanPhoto> photos = new ArrayList<>();
        try {
            if (files.size() > PhotoCleaning.MOST_PHOTOS) {
                throw new PhotoRejected(PhotoRejected.Reason.TOO_MANY);
            }
            for (MultipartFile file : files) {
                // The size the upload declares is checked before the file is read into memory.
                if (file.getSize() > PhotoCleaning.LARGEST_PHOTO_BYTES) {
                    throw new PhotoRejected(PhotoRejected.Reason.TOO_LARGE);
                }
                photos.add(cleaning.clean(file.getBytes()));
            }
        } catch (PhotoRejected e) {
            errors.rejectValue(
                    FIELD,
                    "portal.error.photo." + e.reason(),
                    new Object[] {
                        ComplaintFormCheck.label(FIELD),
                        String.valueOf(PhotoCleaning.MOST_PHOTOS),
                        String.valueOf(PhotoCleaning.LARGEST_PHOTO_BYTES / 1024 / 1024)
                    },
                    null);
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return photos;
    }
}
