package nl.ketenwijs.system.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.ketenwijs.shared.SecretBox;
import nl.ketenwijs.shared.SecretNotOpened;

/**
 * AES-256-GCM with a random 96-bit nonce per value and the context as associated data. Stored as {@code v1:}
 * + base64(nonce || ciphertext with tag): the version names the key, so that a later key can seal new values
 * while this one still opens the old ones.
 */
final class AesGcmSecretBox implements SecretBox {

    static final String VERSION = "v1:";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** The master key is not used directly: later purposes (per-case data keys) derive keys of their own. */
    private static final String PURPOSE = "ketenwijs secret box v1";

    private static final SecureRandom random = new SecureRandom();

    private final SecretKey key;

    AesGcmSecretBox(MasterKey masterKey) {
        this.key = new SecretKeySpec(derive(masterKey, PURPOSE), "AES");
    }

    @Override
    public String seal(String plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = crypt(Cipher.ENCRYPT_MODE, nonce, context, plaintext.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has AES/GCM/NoPadding", e);
        }
        byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
        return VERSION + Base64.getEncoder().encodeToString(stored);
    }

    @Override
    public String open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new SecretNotOpened(context, "it is not a sealed value of version " + VERSION);
        }
        byte[] stored;
        try {
            stored = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretNotOpened(context, "it is not base64");
        }
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretNotOpened(context, "it is too short");
        }
        byte[] nonce = Arrays.copyOf(stored, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
        try {
            return new String(crypt(Cipher.DECRYPT_MODE, nonce, context, ciphertext), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretNotOpened(context, "it was changed, belongs elsewhere, or was sealed with another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has AES/GCM/NoPadding", e);
        }
    }

    /** The context is authenticated with the value, so a value moved to another place fails its tag. */
    private byte[] crypt(int mode, byte[] nonce, String context, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(Objects.requireNonNull(context, "context").getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(input);
    }

    /** HMAC-SHA256 of the purpose under the master key: a pseudo-random key of 256 bits per purpose. */
    private static byte[] derive(MasterKey masterKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey.bytes(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
