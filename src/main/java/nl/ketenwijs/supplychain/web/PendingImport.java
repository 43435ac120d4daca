package nl.ketenwijs.supplychain.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * An uploaded file kept in the person's own session between preview, column mapping and import, so the browser
 * never sends a path or the file again. The random token ties each step to this upload (a second upload in
 * another tab replaces it, and the first tab's token then no longer matches); the company ties it to the
 * company it was uploaded for.
 */
record PendingImport(String token, UUID organisation, String fileName, byte[] file) implements Serializable {

    static final String SESSION_KEY = PendingImport.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingImport of(UUID organisation, String fileName, byte[] file) {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return new PendingImport(HexFormat.of().formatHex(token), organisation, fileName, file);
    }

    boolean matches(String token, UUID organisation) {
        return this.token.equals(token) && this.organisation.equals(organisation);
    }
}
