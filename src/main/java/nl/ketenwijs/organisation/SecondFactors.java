package nl.ketenwijs.organisation;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.ketenwijs.organisation.TotpSecrets.Column;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The TOTP second factor: who needs one, enrolment, checking codes and recovery codes. Every method runs
 * in its own transaction scoped to the person's organisation, because half of them run before the person
 * is fully logged in. A wrong code counts as a failed login, so the login throttle also slows code guessing.
 */
@Service
public class SecondFactors {

    private static final String SELECT_HOLDER = """
            SELECT u.username, u.role, u.totp_secret, u.totp_pending_secret, o.require_totp
              FROM app_user u JOIN organisation o ON o.id = u.organisation_id
             WHERE u.id = ?
            """;

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final RecoveryCodes recoveryCodes;
    private final SecondFactorErasure erasure;
    private final TotpSecrets secrets;
    private final Clock clock;

    SecondFactors(
            JdbcClient jdbc,
            TenantScope tenantScope,
            LoginThrottle throttle,
            AuditLog audit,
            RecoveryCodes recoveryCodes,
            SecondFactorErasure erasure,
            TotpSecrets secrets,
            Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.tenantScope = tenantScope;
        this.throttle = throttle;
        this.audit = audit;
        this.recoveryCodes = recoveryCodes;
        this.erasure = erasure;
        this.clock = clock;
    }

    public SecondFactorRequirement requirementFor(AccountKey key) {
        return scoped(key, () -> {
            Holder holder = holder(key);
            if (holder.enrolled()) {
                return SecondFactorRequirement.CODE;
            }
            return holder.required() ? SecondFactorRequirement.ENROL : SecondFactorRequirement.NONE;
        });
    }

    public TotpStatus statusOf(AccountKey key) {
        return scoped(key, () -> {
            Holder holder = holder(key);
            return new TotpStatus(
                    holder.enrolled(), holder.required(), holder.requireTotp(), recoveryCodes.remaining(key.userId()));
        });
    }

    /** The secret on offer; a reload shows the same one, so that what the app already scanned stays valid. */
    public TotpEnrolment beginEnrolment(AccountKey key) {
        return scoped(key, () -> {
            Holder holder = holder(key);
            if (holder.enrolled()) {
                throw new IllegalStateException("Already enrolled");
            }
            String secret = offeredSecret(key, holder);
            if (secret == null) {
                secret = Totp.newSecret();
                jdbc.sql("UPDATE app_user SET totp_pending_secret = ? WHERE id = ?")
                        .params(secrets.seal(Column.PENDING, key.userId(), secret), key.userId())
                        .update();
            }
            return TotpEnrolment.of(secret, holder.username());
        });
    }

    /** A code from the offered secret makes it the person's second factor and gives them recovery codes. */
    public EnrolmentOutcome confirmEnrolment(AccountKey key, String code) {
        return scoped(key, () -> {
            Holder holder = holder(key);
            if (throttle.isBlocked(holder.username())) {
                return EnrolmentOutcome.of(CodeCheck.THROTTLED);
            }
            String offered = offeredSecret(key, holder);
            OptionalLong step =
                    offered == null ? OptionalLong.empty() : Totp.matchingStep(offered, code, clock.instant());
            if (step.isEmpty() || !activate(key, holder.totpPendingSecret(), offered, step.getAsLong())) {
                throttle.recordFailure(holder.username());
                return EnrolmentOutcome.of(CodeCheck.REJECTED);
            }
            List<String> codes = recoveryCodes.replace(key);
            audit.record(
                    key.userId(),
                    key.organisationId(),
                    "TOTP_ENROLLED",
                    key.userId().toString());
            return new EnrolmentOutcome(CodeCheck.ACCEPTED, codes);
        });
    }

    /** A code from the app; a code of a step at or before the last accepted one is a replay and refused. */
    public CodeCheck checkCode(AccountKey key, String code) {
        return check(key, "SECOND_FACTOR_PASSED", holder -> {
            String secret = secrets.open(Column.CONFIRMED, key.userId(), holder.totpSecret());
            OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
            return step.isPresent()
                    && jdbc.sql("""
                                    UPDATE app_user SET totp_last_step = :step
                                     WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                                    """)
                                    .param("step", step.getAsLong())
                                    .param("id", key.userId())
                                    .update()
                            == 1;
        });
    }

    public CodeCheck checkRecoveryCode(AccountKey key, String code) {
        return check(key, "RECOVERY_CODE_USED", holder -> recoveryCodes.consume(key.userId(), code));
    }

    public List<String> regenerateRecoveryCodes(AccountKey key) {
        return scoped(key, () -> {
            if (!holder(key).enrolled()) {
                throw new IllegalStateException("No second factor to recover");
            }
            List<String> codes = recoveryCodes.replace(key);
            audit.record(
                    key.userId(),
                    key.organisationId(),
                    "RECOVERY_CODES_REGENERATED",
                    key.userId().toString());
            return codes;
        });
    }

    /** Turns the second factor off, unless the role or the organisation requires it. */
    public boolean disable(AccountKey key) {
        return scoped(key, () -> {
            if (holder(key).required() || !erasure.erase(key.userId())) {
                return false;
            }
            audit.record(
                    key.userId(),
                    key.organisationId(),
                    "TOTP_DISABLED",
                    key.userId().toString());
            return true;
        });
    }

    /** The secret on offer, opened; null when none is. */
    private String offeredSecret(AccountKey key, Holder holder) {
        return holder.totpPendingSecret() == null
                ? null
                : secrets.open(Column.PENDING, key.userId(), holder.totpPendingSecret());
    }

    /**
     * Sealed anew for the confirmed column (a sealed value opens only in its own column), and only if the
     * offer is still the one whose code was checked.
     */
    private boolean activate(AccountKey key, String storedOffer, String secret, long step) {
        return jdbc.sql("""
                                UPDATE app_user SET totp_secret = :secret, totp_pending_secret = NULL,
                                       totp_enrolled_at = now(), totp_last_step = :step
                                 WHERE id = :id AND totp_secret IS NULL AND totp_pending_secret = :offer
                                """)
                        .param("secret", secrets.seal(Column.CONFIRMED, key.userId(), secret))
                        .param("step", step)
                        .param("id", key.userId())
                        .param("offer", storedOffer)
                        .update()
                == 1;
    }

    private CodeCheck check(AccountKey key, String action, Predicate<Holder> accepts) {
        return scoped(key, () -> {
            Holder holder = holder(key);
            if (throttle.isBlocked(holder.username())) {
                return CodeCheck.THROTTLED;
            }
            if (!holder.enrolled() || !accepts.test(holder)) {
                throttle.recordFailure(holder.username());
                return CodeCheck.REJECTED;
            }
            throttle.recordSuccess(holder.username());
            audit.record(
                    key.userId(), key.organisationId(), action, key.userId().toString());
            audit.record(
                    key.userId(), key.organisationId(), "LOGIN", key.userId().toString());
            return CodeCheck.ACCEPTED;
        });
    }

    private <T> T scoped(AccountKey key, Supplier<T> work) {
        return tenantScope.asOrganisation(key.organisationId(), work);
    }

    private Holder holder(AccountKey key) {
        return jdbc.sql(SELECT_HOLDER).param(key.userId()).query(Holder.class).single();
    }

    /** The second-factor facts of one person; the secrets as stored, sealed. */
    record Holder(String username, Role role, String totpSecret, String totpPendingSecret, boolean requireTotp) {

        boolean enrolled() {
            return totpSecret != null;
        }

        boolean required() {
            return role.requiresSecondFactor() || requireTotp;
        }
    }

    /** The result of confirming an enrolment, with the recovery codes to show once. */
    public record EnrolmentOutcome(CodeCheck check, List<String> recoveryCodes) {

        static EnrolmentOutcome of(CodeCheck check) {
            return new EnrolmentOutcome(check, List.of());
        }
    }
}
