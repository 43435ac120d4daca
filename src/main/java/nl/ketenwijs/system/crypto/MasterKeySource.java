package nl.ketenwijs.system.crypto;

import java.nio.file.Path;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the master key comes from: the configuration if it is set; else, for the embedded database or the
 * demo only, a key file that Ketenwijs generates next to the embedded data; else nowhere, and start-up stops.
 * A key that anyone could know (a default in the code) would make the sealing pointless.
 */
final class MasterKeySource {

    static final String ENVIRONMENT_VARIABLE = "KETENWIJS_SECRETS_MASTER_KEY";
    static final String KEY_FILE_NAME = "master.key";

    private static final String DATA_DIRECTORY = "ketenwijs.embedded-database.data-directory";
    /** The default of EmbeddedDatabaseProperties, for when the property is not set at all. */
    private static final String DEFAULT_DATA_DIRECTORY = "data/postgres";

    private final String configured;
    private final boolean mayGenerate;
    private final Path keyFile;

    MasterKeySource(String configured, boolean mayGenerate, Path keyFile) {
        this.configured = configured;
        this.mayGenerate = mayGenerate;
        this.keyFile = keyFile;
    }

    /** Generating is allowed with the embedded database (no spring.datasource.url) or ketenwijs.demo=true. */
    static MasterKeySource of(Environment environment) {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean demo = Boolean.parseBoolean(environment.getProperty("ketenwijs.demo"));
        Path dataDirectory = Path.of(environment.getProperty(DATA_DIRECTORY, DEFAULT_DATA_DIRECTORY));
        return new MasterKeySource(
                environment.getProperty(MasterKey.PROPERTY), embedded || demo, keyFileNextTo(dataDirectory));
    }

    /** Beside the data, not in it: the embedded data directory may be wiped at start, the key must stay. */
    static Path keyFileNextTo(Path dataDirectory) {
        Path parent = dataDirectory.getParent();
        return parent == null ? Path.of(KEY_FILE_NAME) : parent.resolve(KEY_FILE_NAME);
    }

    MasterKey masterKey() {
        if (StringUtils.hasText(configured)) {
            return MasterKey.decode(configured, MasterKey.PROPERTY + " (" + ENVIRONMENT_VARIABLE + ")");
        }
        if (!mayGenerate) {
            throw MasterKeyRefused.missing();
        }
        return KeyFile.readOrCreate(keyFile);
    }

    /** Never the configured key. */
    @Override
    public String toString() {
        return "MasterKeySource[configured=" + StringUtils.hasText(configured) + ", mayGenerate=" + mayGenerate
                + ", keyFile=" + keyFile + "]";
    }
}
