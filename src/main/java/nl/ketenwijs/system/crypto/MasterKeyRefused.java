package nl.ketenwijs.system.crypto;

/** Start-up stops: the master key is missing or malformed. The message says what to set; it never holds a key. */
class MasterKeyRefused extends IllegalStateException {

    static final String HOW_TO_MAKE_ONE = "make one with: openssl rand -base64 32";

    MasterKeyRefused(String message) {
        super(message);
    }

    static MasterKeyRefused missing() {
        return new MasterKeyRefused("""
                No secrets master key: set KETENWIJS_SECRETS_MASTER_KEY (property %s) to the base64 of 32 random \
                bytes; %s. Ketenwijs generates a key itself only for its embedded database or with \
                ketenwijs.demo=true. Keep the key apart from database backups, and never lose it: without it the \
                sealed secrets in the database cannot be read.""".formatted(MasterKey.PROPERTY, HOW_TO_MAKE_ONE));
    }
}
