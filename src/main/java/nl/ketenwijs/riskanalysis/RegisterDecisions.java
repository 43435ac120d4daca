package nl.ketenwijs.riskanalysis;

import java.util.UUID;
import nl.ketenwijs.riskknowledge.Theme;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The company's judgement of a register entry. Adjusting and dismissing need a reason, because a register
 * is evidence of due diligence: a reviewer must be able to see why a risk was rated down or set aside. Every
 * judgement is a new row, so the history stays.
 */
@Service
public class RegisterDecisions {

    /** The entry as the company names it: a theme for a raw material from a country. */
    public record EntryKey(String commodityCode, String countryIso3, Theme theme) {}

    /** What the company decides; severity and likelihood only for an adjustment. */
    public record Judgement(Decision decision, Integer severity, Integer likelihood, String reason) {}

    /** A judgement that lacks what its kind needs; the message key names the field. */
    public static class JudgementIncomplete extends RuntimeException {

        private final String field;
        private final String messageKey;

        JudgementIncomplete(String field, String messageKey) {
            super(messageKey);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final JdbcClient jdbc;
    private final RegisterRanks ranks;

    RegisterDecisions(JdbcClient jdbc, RegisterRanks ranks) {
        this.jdbc = jdbc;
        this.ranks = ranks;
    }

    @Transactional
    public void decide(UUID organisation, EntryKey key, Judgement judgement, String decidedBy) {
        check(judgement);
        boolean exists = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM register_entry WHERE organisation_id = ? AND commodity_code = ?
                                                                      AND country_iso3 = ? AND theme = ?)
                        """)
                .params(
                        organisation,
                        key.commodityCode(),
                        key.countryIso3(),
                        key.theme().code())
                .query(Boolean.class)
                .single();
        if (!exists) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such entry in this company's register");
        }
        boolean adjusted = judgement.decision() == Decision.ADJUSTED;
        String reason = judgement.reason() == null || judgement.reason().isBlank()
                ? null
                : judgement.reason().strip();
        jdbc.sql("""
                        INSERT INTO register_decision (id, organisation_id, commodity_code, country_iso3, theme,
                                                       decision, severity, likelihood, reason, decided_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        organisation,
                        key.commodityCode(),
                        key.countryIso3(),
                        key.theme().code(),
                        judgement.decision().name(),
                        adjusted ? judgement.severity() : null,
                        adjusted ? judgement.likelihood() : null,
                        reason,
                        decidedBy)
                .update();
        ranks.rankAgain(organisation, key);
    }

    private static void check(Judgement judgement) {
        if (judgement.decision() == null || judgement.decision() == Decision.OPEN) {
            throw new JudgementIncomplete("decision", "register.decision.required");
        }
        boolean needsReason = judgement.decision() == Decision.ADJUSTED || judgement.decision() == Decision.DISMISSED;
        if (needsReason && (judgement.reason() == null || judgement.reason().isBlank())) {
            throw new JudgementIncomplete("reason", "register.reason.required");
        }
        if (judgement.reason() != null && judgement.reason().length() > 2000) {
            throw new JudgementIncomplete("reason", "register.reason.tooLong");
        }
        if (judgement.decision() == Decision.ADJUSTED) {
            if (!inScale(judgement.severity())) {
                throw new JudgementIncomplete("severity", "register.severity.required");
            }
            if (!inScale(judgement.likelihood())) {
                throw new JudgementIncomplete("likelihood", "register.likelihood.required");
            }
        }
    }

    private static boolean inScale(Integer value) {
        return value != null && value >= 1 && value <= 5;
    }
}
