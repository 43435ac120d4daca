package nl.ketenwijs.organisation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ten single-use codes for the day the phone is lost. Only their hashes are stored; each code is used by
 * one conditional update, so two requests racing with the same code cannot both win.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    /** 50 random bits a code: ten base32 characters, shown as two groups of five. */
    private static final int CHARACTERS = 10;

    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** New codes in place of all earlier ones; runs in the caller's transaction. */
    List<String> replace(AccountKey key) {
        removeAll(key.userId());
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            jdbc.sql("INSERT INTO recovery_code (user_id, organisation_id, code_hash) VALUES (?, ?, ?)")
                    .params(key.userId(), key.organisationId(), hash(code))
                    .update();
            codes.add(code);
        }
        return codes;
    }

    boolean consume(UUID userId, String presented) {
        if (presented == null || presented.length() > 40) {
            return false;
        }
        return jdbc.sql("""
                        UPDATE recovery_code SET used_at = now()
                         WHERE user_id = ? AND code_hash = ? AND used_at IS NULL
                        """).params(userId, hash(presented)).update() == 1;
    }

    int remaining(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    void removeAll(UUID userId) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
    }

    private static String newCode() {
        byte[] bytes = new byte[7];
        random.nextBytes(bytes);
        String text = Base32.encode(bytes).substring(0, CHARACTERS).toLowerCase(Locale.ROOT);
        return text.substring(0, 5) + "-" + text.substring(5);
    }

    /** People type codes with or without the dash, in either case, with stray spaces. */
    private static String hash(String code) {
        return Sha256.hex(code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
}
