package nl.ketenwijs.grievance.photos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Photos from a complainant's phone carry its GPS position, make and serial number. Only the pixels are
 * kept: the file is told a JPEG or PNG by its first bytes (never by its name or claimed type), its size in
 * pixels is read from its header before anything is decoded (a small file may claim a huge image), and it
 * is decoded and encoded again without any metadata. The original is not kept.
 */
@Component
public class PhotoCleaning {

    public static final int MOST_PHOTOS = 3;
    public static final long LARGEST_PHOTO_BYTES = 6L * 1024 * 1024;
    static final long MOST_PIXELS = 24_000_000;

    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public CleanPhoto clean(byte[] file) {
        if (file.length == 0) {
            throw new PhotoRejected(PhotoRejected.Reason.EMPTY);
        }
        if (file.length > LARGEST_PHOTO_BYTES) {
            throw new PhotoRejected(PhotoRejected.Reason.TOO_LARGE);
        }
        String format;
        if (startsWith(file, JPEG)) {
            format = "jpeg";
        } else if (startsWith(file, PNG)) {
            format = "png";
        } else {
            throw new PhotoRejected(PhotoRejected.Reason.NOT_A_PHOTO);
        }
        BufferedImage pixels = decode(file, format);
        return new CleanPhoto("image/" + format, encode(pixels, format));
    }

    private static BufferedImage decode(byte[] file, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MOST_PIXELS) {
                    throw new PhotoRejected(PhotoRejected.Reason.TOO_MANY_PIXELS);
                }
                BufferedImage image = reader.read(0);
                return withoutAlphaIfJpeg(image, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRejected rejected) {
                throw rejected;
            }
            throw new PhotoRejected(PhotoRejected.Reason.NOT_A_PHOTO);
        }
    }

    /** A JPEG writer takes no alpha channel; an image read from a JPEG has none, but be sure. */
    private static BufferedImage withoutAlphaIfJpeg(BufferedImage image, String format) {
        if (!format.equals("jpeg") || !image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        opaque.getGraphics().drawImage(image, 0, 0, null);
        return opaque;
    }

    /** Written with no metadata object, so the writer adds nothing beyond what the format requires. */
    private static byte[] encode(BufferedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Writing an image to memory does not fail", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
