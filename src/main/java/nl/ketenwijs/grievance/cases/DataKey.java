package nl.ketenwijs.grievance.cases;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A case's own AES-256 key: everything the person wrote is AES-GCM under it, with a random 96-bit nonce per
 * value and the value's place (table, column, row) as associated data, so a value copied elsewhere fails.
 * Stored as nonce || ciphertext with tag.
 */
final class DataKey {

    static final int BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom random = new SecureRandom();

    private final SecretKeySpec key;

    DataKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A case key has " + BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    static byte[] newKeyBytes() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    byte[] encrypt(byte[] plaintext, String place) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, place, plaintext);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
    }

    byte[] decrypt(byte[] stored, String place) {
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new CaseUnreadable("a value of " + place + " is too short to be sealed");
        }
        return crypt(
                Cipher.DECRYPT_MODE,
                Arrays.copyOf(stored, NONCE_BYTES),
                place,
                Arrays.copyOfRange(stored, NONCE_BYTES, stored.length));
    }

    private byte[] crypt(int mode, byte[] nonce, String place, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new CaseUnreadable("a value of " + place + " was changed or belongs elsewhere");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has AES/GCM/NoPadding", e);
        }
    }

    /** Never the key: this object may end up in a log line. */
    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
