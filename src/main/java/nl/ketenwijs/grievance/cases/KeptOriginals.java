package nl.ketenwijs.grievance.cases;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the files as they came (with their metadata) are kept next to the cleaned copies: only with
 * {@code ketenwijs.complaints.keep-originals=true}, encrypted under the case key, for handlers only. Off by
 * default, and then an original never reaches the database: this is the one place that lets it through.
 */
@Component
class KeptOriginals {

    private final boolean keep;

    KeptOriginals(@Value("${ketenwijs.complaints.keep-originals:false}") boolean keep) {
        this.keep = keep;
    }

    /** The original encrypted for the given place, or null when originals are not kept or there is none. */
    byte[] sealed(byte[] original, DataKey key, String place) {
        return keep && original != null ? key.encrypt(original, place) : null;
    }
}
