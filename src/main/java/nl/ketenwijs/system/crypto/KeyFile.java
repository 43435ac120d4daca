package nl.ketenwijs.system.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated master key of the embedded database and the demo: made once, readable by its owner only,
 * and reused on every restart, because a new key would leave every sealed secret in the database unreadable.
 */
final class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);
    private static final String KEY_FILE_PREFIX = ".master-key-";

    private KeyFile() {}

    static MasterKey readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                log.info("Secrets master key read from {}", file.toAbsolutePath());
                return read(file);
            }
            return create(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the master key file " + file.toAbsolutePath(), e);
        }
    }

    private static MasterKey read(Path file) throws IOException {
        return MasterKey.decode(Files.readString(file), "The master key file " + file.toAbsolutePath());
    }

    /**
     * Written whole to a file of its own and then moved into place, so that nobody ever reads half a key;
     * if someone else moved theirs first, theirs is the key.
     */
    private static MasterKey create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path written = Files.createTempFile(directory, KEY_FILE_PREFIX, ".tmp", ownerOnly());
        try {
            MasterKey key = MasterKey.random();
            Files.writeString(written, key.encoded() + "\n");
            Files.move(written, file);
            log.info(
                    "Secrets master key generated in {} (owner-only). Keep it with the data: without it the sealed"
                            + " secrets cannot be read. Production sets KETENWIJS_SECRETS_MASTER_KEY instead.",
                    file.toAbsolutePath());
            return key;
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** Read and write for the owner only; a file system without POSIX permissions keeps its own defaults. */
    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }
}
