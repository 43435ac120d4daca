package nl.ketenwijs.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * The client half of the crash test (bench/crash): phones that submit complaints with a photo in a loop
 * while the application is killed and restarted under them. A phone that loses its connection does what a
 * person does: it sends the same form again (same form key) until a page answers. Every receipt a page
 * showed is written to the receipts file and forced to disk before the next complaint, so the file holds
 * every receipt a person could have written down. Runs until the stop file appears.
 *
 * <p>Arguments: base address, receipts file, stop file, number of phones.
 */
public final class CrashSubmitter {

    /** How long a phone keeps sending one form again while the application is down or starting. */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    private final String base;
    private final FileChannel receipts;
    private final Path stopFile;
    private final AtomicInteger submitted = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();

    private CrashSubmitter(String base, FileChannel receipts, Path stopFile) {
        this.base = base;
        this.receipts = receipts;
        this.stopFile = stopFile;
    }

    public static void main(String[] args) throws Exception {
        Path stopFile = Path.of(args[2]);
        int phones = Integer.parseInt(args[3]);
        try (FileChannel receipts = FileChannel.open(
                Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            CrashSubmitter submitter = new CrashSubmitter(args[0], receipts, stopFile);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < phones; i++) {
                Thread phone = new Thread(submitter::submitUntilStopped, "phone-" + i);
                phone.start();
                threads.add(phone);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            System.out.printf(
                    "submitted %d, acknowledged %d, posts sent again after no answer (application down or starting) %d, given up %d%n",
                    submitter.submitted.get(),
                    submitter.acknowledged.get(),
                    submitter.retried.get(),
                    submitter.abandoned.get());
        }
    }

    private void submitUntilStopped() {
        PortalClient phone = new PortalClient(base);
        while (!Files.exists(stopFile)) {
            UUID formKey = UUID.randomUUID();
            submitted.incrementAndGet();
            Optional<String> receipt = submitUntilAnswered(phone, formKey);
            if (receipt.isPresent()) {
                record(receipt.get(), formKey);
                acknowledged.incrementAndGet();
            } else {
                abandoned.incrementAndGet();
            }
        }
    }

    private Optional<String> submitUntilAnswered(PortalClient phone, UUID formKey) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        boolean first = true;
        while (System.nanoTime() < deadline) {
            if (!first) {
                retried.incrementAndGet();
            }
            first = false;
            try {
                phone.openForm();
                Optional<String> receipt = phone.submit(formKey, marker(formKey), photo(formKey));
                if (receipt.isPresent()) {
                    return receipt;
                }
            } catch (IOException e) {
                // The application is down or starting: the phone tries again in a moment.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pause();
        }
        return Optional.empty();
    }

    private synchronized void record(String receipt, UUID formKey) {
        try {
            receipts.write(ByteBuffer.wrap((receipt + ";" + formKey + "\n").getBytes(StandardCharsets.US_ASCII)));
            receipts.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text the case page must show again: it names the form, so a mixed-up case is found out too. */
    static String marker(UUID formKey) {
        return "Crash test complaint " + formKey;
    }

    /** A small PNG whose pixels spell the form key, so each case has a photo of its own. */
    static PortalClient.Photo photo(UUID formKey) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        long bits = formKey.getMostSignificantBits() ^ formKey.getLeastSignificantBits();
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (int) (bits >>> ((x + y) % 40)) & 0xFFFFFF);
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return new PortalClient.Photo("field.png", png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
