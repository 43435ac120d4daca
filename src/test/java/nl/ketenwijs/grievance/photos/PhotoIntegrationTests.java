package nl.ketenwijs.grievance.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.grievance.cases.Cases;
import nl.ketenwijs.grievance.cases.ComplaintsScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

class PhotoIntegrationTests extends PortalIntegrationTest {

    private static final String GPS_CANARY = "GPS-canary-7e1 N5.6037 W0.1870";
    private static final String PNG_CANARY = "canary-png-3a";

    @Autowired
    Cases cases;

    @Autowired
    ComplaintsScope scope;

    @Test
    void photosAreKeptAsPixelsOnlyWithoutTheirMetadataAndEncrypted() throws Exception {
        String page = post(
                        200,
                        photo("IMG_0001.jpg", "image/jpeg", jpegWithExif()),
                        photo("screen.png", "image/png", pngWithText()))
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String receipt = receiptOn(page);
        assertIsAReceipt(receipt);
        UUID caseId = complaints
                .sql("SELECT id FROM grievance_case WHERE locator = ?")
                .param(receipt.substring(0, 7))
                .query(UUID.class)
                .single();

        List<CleanPhoto> photos = scope.read(() -> cases.photos(caseId));
        assertThat(photos).extracting(CleanPhoto::contentType).containsExactly("image/jpeg", "image/png");
        for (CleanPhoto photo : photos) {
            String bytes = new String(photo.bytes(), StandardCharsets.ISO_8859_1);
            assertThat(bytes)
                    .doesNotContain("Exif")
                    .doesNotContain("GPS-canary")
                    .doesNotContain(PNG_CANARY);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
            assertThat(image.getWidth()).isEqualTo(64);
            assertThat(image.getHeight()).isEqualTo(48);
        }
        assertThat(complaints
                        .sql("SELECT count(*) FROM grievance_photo WHERE case_id = ?"
                                + " AND position(convert_to('Exif', 'UTF8') IN body) = 0")
                        .param(caseId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aZipPosingAsAPhotoIsRefusedAndTheTextKept() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        String page = refused(photo("photo.jpg", "image/jpeg", zip));
        assertThat(page).contains("is not a photo we can read").contains("Children carry the sacks");
        assertThat(receiptOn(page)).isNull();
    }

    @Test
    void anEmptyFileTooManyPhotosATooLargeFileAndAHugeImageAreRefused() throws Exception {
        assertThat(refused(photo("empty.jpg", "image/jpeg", new byte[0]))).contains("one file is empty");
        byte[] jpeg = jpegWithExif();
        assertThat(refused(
                        photo("1.jpg", "image/jpeg", jpeg),
                        photo("2.jpg", "image/jpeg", jpeg),
                        photo("3.jpg", "image/jpeg", jpeg),
                        photo("4.jpg", "image/jpeg", jpeg)))
                .contains("please send at most 3 photos");
        byte[] large = new byte[(int) PhotoCleaning.LARGEST_PHOTO_BYTES + 1];
        System.arraycopy(jpeg, 0, large, 0, jpeg.length);
        assertThat(refused(photo("large.jpg", "image/jpeg", large))).contains("larger than 6 MB");
        assertThat(refused(photo("huge.png", "image/png", pngClaiming(100_000, 100_000))))
                .contains("too big in size");
    }

    private String refused(MockMultipartFile... photos) throws Exception {
        return post(422, photos).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.MvcResult post(int status, MockMultipartFile... photos)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/klacht/new");
        for (MockMultipartFile photo : photos) {
            request.file(photo);
        }
        return mvc.perform(request.with(csrf())
                        .characterEncoding(StandardCharsets.UTF_8)
                        .param("formKey", UUID.randomUUID().toString())
                        .param("whatHappened", "Children carry the sacks")
                        .param("contactChannel", "ANONYMOUS"))
                .andExpect(status().is(status))
                .andReturn();
    }

    private static MockMultipartFile photo(String name, String claimedType, byte[] content) {
        return new MockMultipartFile("photos", name, claimedType, content);
    }

    /** A JPEG with an EXIF segment right after its start, as a phone writes one. */
    private static byte[] jpegWithExif() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] exif = ("Exif\0\0" + GPS_CANARY).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(new byte[] {(byte) 0xff, (byte) 0xe1, 0, (byte) (exif.length + 2)});
        withExif.write(exif);
        withExif.write(jpeg, 2, jpeg.length - 2);
        return withExif.toByteArray();
    }

    /** A PNG with a text chunk before its end. */
    private static byte[] pngWithText() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", plain);
        byte[] png = plain.toByteArray();
        byte[] end = java.util.Arrays.copyOfRange(png, png.length - 12, png.length);
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, png.length - 12);
        withText.write(chunk("tEXt", ("Comment\0" + PNG_CANARY).getBytes(StandardCharsets.ISO_8859_1)));
        withText.write(end);
        return withText.toByteArray();
    }

    /** Only a PNG's signature and header: it claims its size, nothing more. */
    private static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.write(chunk(
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8)
                        .put((byte) 2)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array()));
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }
}
