package nl.ketenwijs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.ketenwijs.organisation.TenantScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Two instances that look for due mail at the same moment never take the same one. */
@SpringBootTest
class OutboxClaimIntegrationTests {

    @Autowired
    Outbox outbox;

    @Autowired
    TenantScope tenantScope;

    @Autowired
    Clock clock;

    @Test
    void aClaimedMailIsSkippedByTheOtherInstance() throws Exception {
        Instant now = clock.instant();
        tenantScope.asPlatform(() -> {
            for (int i = 0; i < 2; i++) {
                outbox.add(UUID.randomUUID(), "claim-" + i + "@example.org", "nl", "Onderwerp", "Tekst", now);
            }
        });
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<OutboxMail>> first =
                CompletableFuture.supplyAsync(() -> tenantScope.asPlatform(() -> {
                    Optional<OutboxMail> mail = outbox.claimNextDue(clock.instant());
                    claimed.countDown();
                    awaitQuietly(release);
                    return mail;
                }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

        Optional<OutboxMail> second = tenantScope.asPlatform(() -> outbox.claimNextDue(clock.instant()));
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isPresent();
        assertThat(second).isPresent();
        assertThat(second.get().id()).isNotEqualTo(first.get().get().id());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
