package nl.ketenwijs.system.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import nl.ketenwijs.shared.SecretNotOpened;
import org.junit.jupiter.api.Test;

class AesGcmSecretBoxTests {

    private static final String SECRET = "KETENWIJSDEMOSECRETARIAATTOTP234";
    private static final String CONTEXT = "app_user.totp_secret:7c1a0b52-0000-4000-8000-000000000001";

    private final AesGcmSecretBox box = new AesGcmSecretBox(MasterKey.random());

    @Test
    void opensWhatItSealedAndShowsNothingOfIt() {
        String sealed = box.seal(SECRET, CONTEXT);

        assertThat(sealed).startsWith("v1:").doesNotContain(SECRET);
        assertThat(box.open(sealed, CONTEXT)).isEqualTo(SECRET);
        assertThat(box.open(box.seal("zwölf €", CONTEXT), CONTEXT)).isEqualTo("zwölf €");
    }

    @Test
    void sealingOneValueTwiceGivesTwoTexts() {
        assertThat(box.seal(SECRET, CONTEXT)).isNotEqualTo(box.seal(SECRET, CONTEXT));
    }

    @Test
    void aChangedCiphertextDoesNotOpen() {
        byte[] stored = Base64.getDecoder().decode(box.seal(SECRET, CONTEXT).substring(3));
        stored[stored.length / 2] ^= 1;

        assertThatThrownBy(() -> box.open("v1:" + Base64.getEncoder().encodeToString(stored), CONTEXT))
                .isInstanceOf(SecretNotOpened.class)
                .hasMessageContaining(CONTEXT);
    }

    @Test
    void aValueMovedToAnotherRowOrColumnDoesNotOpen() {
        String sealed = box.seal(SECRET, CONTEXT);

        assertThatThrownBy(() -> box.open(sealed, "app_user.totp_secret:someone-else"))
                .isInstanceOf(SecretNotOpened.class);
        assertThatThrownBy(() -> box.open(sealed, CONTEXT.replace("totp_secret", "totp_pending_secret")))
                .isInstanceOf(SecretNotOpened.class);
    }

    @Test
    void anotherKeyDoesNotOpen() {
        String sealed = box.seal(SECRET, CONTEXT);

        assertThatThrownBy(() -> new AesGcmSecretBox(MasterKey.random()).open(sealed, CONTEXT))
                .isInstanceOf(SecretNotOpened.class);
    }

    @Test
    void aPlainOrMangledValueIsRefusedNotTakenForASecret() {
        for (String stored : new String[] {SECRET, "", "v2:AAAA", "v1:not base64!", "v1:AAAA", null}) {
            assertThatThrownBy(() -> box.open(stored, CONTEXT)).as(stored).isInstanceOf(SecretNotOpened.class);
        }
    }

    @Test
    void theMasterKeyDecidesTheResult() {
        MasterKey key = MasterKey.random();
        String sealed = new AesGcmSecretBox(key).seal(SECRET, CONTEXT);

        assertThat(new AesGcmSecretBox(MasterKey.decode(key.encoded(), "test")).open(sealed, CONTEXT))
                .isEqualTo(SECRET);
    }
}
