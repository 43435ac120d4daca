package nl.ketenwijs.system.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/** 256 bits from which the secret box derives its keys. Its text form is base64, as `openssl rand` makes it. */
final class MasterKey {

    static final String PROPERTY = "ketenwijs.secrets.master-key";
    static final int BYTES = 32;

    private static final SecureRandom random = new SecureRandom();

    private final byte[] bytes;

    private MasterKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    static MasterKey random() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new MasterKey(bytes);
    }

    /** The key in base64; source names where it came from in the message of a refusal, never the key itself. */
    static MasterKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new MasterKeyRefused("%s is not base64; it must be the base64 of exactly %d random bytes (%s)"
                    .formatted(source, BYTES, MasterKeyRefused.HOW_TO_MAKE_ONE));
        }
        if (bytes.length != BYTES) {
            throw new MasterKeyRefused("%s decodes to %d bytes; it must be the base64 of exactly %d random bytes (%s)"
                    .formatted(source, bytes.length, BYTES, MasterKeyRefused.HOW_TO_MAKE_ONE));
        }
        return new MasterKey(bytes);
    }

    String encoded() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** Never the key: this object may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "MasterKey[hidden]";
    }
}
