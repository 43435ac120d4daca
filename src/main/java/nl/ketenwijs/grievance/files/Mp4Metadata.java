package nl.ketenwijs.grievance.files;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Metadata of a 3GPP or MP4 recording made unreadable in place: a user-data, metadata or uuid box (where a
 * phone writes its model, the place of recording as ISO 6709 "©xyz", or XMP) becomes a "free" box of the
 * same size filled with zeros, and the creation and modification times of the movie, its tracks and their
 * media are set to zero. Nothing moves, so the offsets into the sound stay right and the file still plays.
 */
final class Mp4Metadata {

    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia");
    private static final Set<String> METADATA = Set.of("udta", "meta", "uuid");
    private static final Set<String> TIMED = Set.of("mvhd", "tkhd", "mdhd");
    private static final byte[] FREE = AudioCleaning.ascii("free");

    private Mp4Metadata() {}

    static byte[] blanked(byte[] file) {
        byte[] copy = file.clone();
        walk(copy, 0, copy.length);
        return copy;
    }

    private static void walk(byte[] file, int from, int to) {
        int at = from;
        while (at + 8 <= to) {
            long size = Integer.toUnsignedLong(ByteBuffer.wrap(file, at, 4).getInt());
            String type = new String(file, at + 4, 4, StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1 && at + 16 <= to) {
                size = ByteBuffer.wrap(file, at + 8, 8).getLong();
                header = 16;
            } else if (size == 0) {
                size = to - at;
            }
            if (size < header || at + size > to) {
                // A box running past its parent: the rest is not a structure we can follow, leave it.
                return;
            }
            int end = (int) (at + size);
            if (METADATA.contains(type)) {
                System.arraycopy(FREE, 0, file, at + 4, 4);
                Arrays.fill(file, at + header, end, (byte) 0);
            } else if (TIMED.contains(type)) {
                zeroTimes(file, at + header, end);
            } else if (CONTAINERS.contains(type)) {
                walk(file, at + header, end);
            }
            at = end;
        }
    }

    /** Version 1 boxes hold 64-bit times, version 0 boxes 32-bit ones, right after version and flags. */
    private static void zeroTimes(byte[] file, int payload, int end) {
        int length = file[payload] == 1 ? 16 : 8;
        if (payload + 4 + length <= end) {
            Arrays.fill(file, payload + 4, payload + 4 + length, (byte) 0);
        }
    }
}
