package nl.ketenwijs.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as the secretariat admin reads it: without SMTP, the way to follow a first invitation. */
@Service
public class OutboxReading {

    static final int PAGE = 200;

    private final Outbox outbox;

    OutboxReading(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public List<OutboxMail> latest() {
        return outbox.latest(PAGE);
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMail> find(UUID id) {
        return outbox.find(id);
    }
}
