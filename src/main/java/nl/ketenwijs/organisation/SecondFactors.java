package nl.ketenwijs.organisation;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
    private final Clock clock;

    SecondFactors(
            JdbcClient jdbc,
            TenantScope tenantScope,
            LoginThrottle throttle,
            AuditLog audit,
            RecoveryCodes recoveryCodes,
            SecondFactorErasure erasure,
            Clock clock) {
        this.jdbc = jdbc;
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
            String secret = holder.totpPendingSecret();
            if (secret == null) {
                secret = Totp.newSecret();
                jdbc.sql("UPDATE app_user SET totp_pending_secret = ? WHERE id = ?")
                        .params(secret, key.userId())
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
            OptionalLong step = holder.totpPendingSecret() == null
                    ? OptionalLong.empty()
                    : Totp.matchingStep(holder.totpPendingSecret(), code, clock.instant());
            if (step.isEmpty() || !activatePendingSecret(key, step.getAsLong())) {
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
            OptionalLong step = Totp.matchingStep(holder.totpSecret(), code, clock.instant());
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

    private boolean activatePendingSecret(AccountKey key, long step) {
        return jdbc.sql("""
                                UPDATE app_user SET totp_secret = totp_pending_secret, totp_pending_secret = NULL,
                                       totp_enrolled_at = now(), totp_last_step = ?
                                 WHERE id = ? AND totp_secret IS NULL AND totp_pending_secret IS NOT NULL
                                """).params(step, key.userId()).update() == 1;
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

    /** The second-factor facts of one person. */
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
