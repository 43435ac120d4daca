package nl.ketenwijs.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheTestVectorsOfRfc6238(long epochSecond, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(epochSecond));
        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
        assertThat(Totp.code(Base32.encode(RFC_SEED), step))
                .as("six digits are the last six of the eight")
                .isEqualTo(expected.substring(2));
    }

    @Test
    void base32MatchesRfc4648AndRoundTrips() {
        assertThat(Base32.encode(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezdgnbvgy3tqojqgezdgnbvgy3tqojq")).isEqualTo(RFC_SEED);
    }

    @Test
    void newSecretsAre160BitsOfBase32AndDiffer() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void acceptsTheStepBeforeAndAfterButNoFurther() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(Totp.matchingStep(secret, Totp.code(secret, step + offset), now))
                    .hasValue(step + offset);
        }
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEmpty();
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        String secret = Totp.newSecret();
        Instant now = Instant.now();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345a", now)).isEmpty();
    }
}
