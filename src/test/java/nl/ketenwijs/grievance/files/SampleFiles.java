package nl.ketenwijs.grievance.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/** Files as phones and office programs make them, each carrying a canary in its metadata. */
public final class SampleFiles {

    private SampleFiles() {}

    public static byte[] pdfWithMetadata(String canary) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor(canary);
            document.getDocumentInformation().setCreator(canary);
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata(
                    ("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + canary + "</dc:creator></x:xmpmeta>")
                            .getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(xmp);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** An ID3v2 tag with a title frame, two MPEG frames, and an ID3v1 tag. */
    public static byte[] mp3WithTags(String canary) {
        byte[] frame = text("TIT2", canary);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
        out.writeBytes(syncsafe(frame.length));
        out.writeBytes(frame);
        for (int i = 0; i < 2; i++) {
            byte[] mpeg = new byte[417];
            mpeg[0] = (byte) 0xff;
            mpeg[1] = (byte) 0xfb;
            mpeg[2] = (byte) 0x90;
            out.writeBytes(mpeg);
        }
        byte[] v1 = new byte[128];
        System.arraycopy("TAG".getBytes(StandardCharsets.US_ASCII), 0, v1, 0, 3);
        byte[] artist = (canary + "-v1").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(artist, 0, v1, 33, Math.min(30, artist.length));
        out.writeBytes(v1);
        return out.toByteArray();
    }

    /** A WAV file with a LIST/INFO chunk between its format and its sound. */
    public static byte[] wavWithInfo(String canary) {
        byte[] format = ByteBuffer.allocate(16)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(8000)
                .putInt(16000)
                .putShort((short) 2)
                .putShort((short) 16)
                .array();
        byte[] info = ("INFOIART" + canary).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunk(chunks, "fmt ", format);
        chunk(chunks, "LIST", info);
        chunk(chunks, "data", new byte[800]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le(chunks.size() + 4));
        out.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    /** A 3GPP recording as Android writes it: ftyp, a movie with its header and a user-data box, the sound. */
    public static byte[] threeGppWithLocation(String canary) {
        byte[] mvhd = box("mvhd", concat(new byte[] {0, 0, 0, 0}, be(0x7a7a7a7a), be(0x7b7b7b7b), new byte[88]));
        byte[] udta = box("udta", box("\u00a9xyz", (canary + "+52.37+004.89/").getBytes(StandardCharsets.ISO_8859_1)));
        return concat(
                box("ftyp", "3gp4\0\0\0\0isom3gp4".getBytes(StandardCharsets.ISO_8859_1)),
                box("moov", concat(mvhd, udta)),
                box("mdat", new byte[300]));
    }

    public static byte[] amr() {
        return concat("#!AMR\n".getBytes(StandardCharsets.US_ASCII), new byte[320]);
    }

    public static byte[] ogg() {
        return concat("OggS".getBytes(StandardCharsets.US_ASCII), new byte[200]);
    }

    public static byte[] zip() {
        return new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0};
    }

    private static byte[] text(String id, String value) {
        byte[] content = concat(new byte[] {0}, value.getBytes(StandardCharsets.ISO_8859_1));
        return concat(id.getBytes(StandardCharsets.US_ASCII), be(content.length), new byte[] {0, 0}, content);
    }

    private static byte[] box(String type, byte[] payload) {
        return concat(be(payload.length + 8), type.getBytes(StandardCharsets.ISO_8859_1), payload);
    }

    private static void chunk(ByteArrayOutputStream out, String id, byte[] payload) {
        out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le(payload.length));
        out.writeBytes(payload);
        if (payload.length % 2 == 1) {
            out.write(0);
        }
    }

    private static byte[] syncsafe(int size) {
        return new byte[] {
            (byte) ((size >> 21) & 0x7f),
            (byte) ((size >> 14) & 0x7f),
            (byte) ((size >> 7) & 0x7f),
            (byte) (size & 0x7f)
        };
    }

    private static byte[] be(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] le(int value) {
        return ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(value)
                .array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
