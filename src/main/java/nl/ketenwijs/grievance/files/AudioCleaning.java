package nl.ketenwijs.grievance.files;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Voice notes in the formats a cheap Android phone records through a file input: AMR, 3GPP or MP4 with AAC,
 * Ogg with Opus, MP3 and WAV, told by their first bytes. Metadata is removed where the container holds it
 * apart from the sound, without decoding: MP3 loses its ID3 tags, WAV keeps only its format and sound
 * chunks, 3GPP/MP4 lose their user-data, metadata and uuid boxes and their creation dates (see
 * {@link Mp4Metadata}). AMR has no place for metadata. Ogg comments (OpusTags) are kept as they came.
 */
final class AudioCleaning {

    private static final byte[] AMR = ascii("#!AMR");
    private static final byte[] OGG = ascii("OggS");
    private static final byte[] ID3 = ascii("ID3");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WAVE = ascii("WAVE");
    private static final byte[] FTYP = ascii("ftyp");
    private static final int ID3V1_LENGTH = 128;

    private AudioCleaning() {}

    static CleanFile clean(byte[] file) {
        if (at(file, 0, AMR)) {
            return voice(file[5] == '-' ? "audio/amr-wb" : "audio/amr", file);
        }
        if (at(file, 0, OGG)) {
            return voice("audio/ogg", file);
        }
        if (at(file, 4, FTYP) && file.length >= 12) {
            String brand = new String(file, 8, 4, StandardCharsets.US_ASCII);
            String type = brand.startsWith("3g") ? "audio/3gpp" : "audio/mp4";
            return voice(type, Mp4Metadata.blanked(file));
        }
        if (at(file, 0, RIFF) && at(file, 8, WAVE)) {
            return voice("audio/wav", wavWithoutMetadata(file));
        }
        if (at(file, 0, ID3) || frameSync(file, 0)) {
            return voice("audio/mpeg", mp3WithoutTags(file));
        }
        throw new FileRejected(FileRejected.Reason.NOT_A_VOICE_NOTE);
    }

    /** ID3v2 tags (possibly several) at the start and an ID3v1 tag at the end; the frames stay. */
    private static byte[] mp3WithoutTags(byte[] file) {
        int start = 0;
        while (at(file, start, ID3) && file.length >= start + 10) {
            int size = ((file[start + 6] & 0x7f) << 21)
                    | ((file[start + 7] & 0x7f) << 14)
                    | ((file[start + 8] & 0x7f) << 7)
                    | (file[start + 9] & 0x7f);
            boolean footer = (file[start + 5] & 0x10) != 0;
            start += 10 + size + (footer ? 10 : 0);
        }
        int end = file.length;
        if (end - start >= ID3V1_LENGTH && at(file, end - ID3V1_LENGTH, ascii("TAG"))) {
            end -= ID3V1_LENGTH;
        }
        if (start >= end || !frameSync(file, start)) {
            throw new FileRejected(FileRejected.Reason.NOT_A_VOICE_NOTE);
        }
        return Arrays.copyOfRange(file, start, end);
    }

    /** Only the "fmt " and "data" chunks; LIST/INFO, bext, iXML and the like are left out. */
    private static byte[] wavWithoutMetadata(byte[] file) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(file.length);
        boolean format = false;
        boolean sound = false;
        int at = 12;
        while (at + 8 <= file.length) {
            String id = new String(file, at, 4, StandardCharsets.US_ASCII);
            long declared = Integer.toUnsignedLong(ByteBuffer.wrap(file, at + 4, 4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .getInt());
            // A recorder stopped early leaves the data size unwritten (0 or all ones): the rest is the sound.
            int size = (int)
                    Math.min(declared == 0 && id.equals("data") ? Long.MAX_VALUE : declared, file.length - at - 8L);
            if (id.equals("fmt ") || id.equals("data")) {
                format |= id.equals("fmt ");
                sound |= id.equals("data");
                kept.write(file, at, 4);
                kept.writeBytes(littleEndian(size));
                kept.write(file, at + 8, size);
                if (size % 2 == 1) {
                    kept.write(0);
                }
            }
            at += 8 + size + (size % 2);
        }
        if (!format || !sound) {
            throw new FileRejected(FileRejected.Reason.NOT_A_VOICE_NOTE);
        }
        ByteArrayOutputStream wav = new ByteArrayOutputStream(kept.size() + 12);
        wav.writeBytes(RIFF);
        wav.writeBytes(littleEndian(kept.size() + 4));
        wav.writeBytes(WAVE);
        wav.writeBytes(kept.toByteArray());
        return wav.toByteArray();
    }

    private static CleanFile voice(String contentType, byte[] bytes) {
        return new CleanFile(FileKind.VOICE_NOTE, contentType, bytes);
    }

    /** An MPEG audio frame header: eleven bits set, and a layer that is not "reserved". */
    private static boolean frameSync(byte[] file, int at) {
        return file.length >= at + 2
                && (file[at] & 0xff) == 0xff
                && (file[at + 1] & 0xe0) == 0xe0
                && (file[at + 1] & 0x06) != 0;
    }

    static boolean at(byte[] file, int offset, byte[] magic) {
        return file.length >= offset + magic.length
                && Arrays.equals(file, offset, offset + magic.length, magic, 0, magic.length);
    }

    private static byte[] littleEndian(int value) {
        return ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(value)
                .array();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
