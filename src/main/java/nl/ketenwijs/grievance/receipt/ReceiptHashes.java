package nl.ketenwijs.grievance.receipt;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id of a receipt's secret, with a random salt per record inside the encoded hash, on the same
 * parameters as account passwords (Spring Security's defaults since 5.8). A wrong or unknown receipt costs
 * one hash as well, so the answer's timing tells nothing.
 *
 * <p>At most one hash per processor runs at a time. Each takes 16 MiB of heap for its whole run; sixteen phones
 * posting at once would otherwise hold 256 MiB in hashes that only take turns on the same cores, and the
 * collector's work under that pressure costs the throughput that the extra concurrency cannot bring.
 */
@Component
public class ReceiptHashes {

    private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final Semaphore slots = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    private final String decoy = argon2.encode(Receipt.withNewSecret("0000000").secret());

    public String hash(Receipt receipt) {
        return inSlot(() -> argon2.encode(receipt.secret()));
    }

    public boolean matches(Receipt receipt, String hash) {
        return inSlot(() -> argon2.matches(receipt.secret(), hash));
    }

    /** As long as a real check, for a receipt that finds no case or cannot be read. */
    public void spendAsLongAsACheck() {
        inSlot(() -> argon2.matches(Receipt.withNewSecret("0000000").secret(), decoy));
    }

    private <T> T inSlot(Supplier<T> work) {
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
