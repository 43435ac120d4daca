package nl.ketenwijs.riskanalysis.register;

import java.util.UUID;
import nl.ketenwijs.organisation.SectorDirectory;
import nl.ketenwijs.organisation.TenantScope;
import nl.ketenwijs.riskknowledge.RiskKnowledgeEvent;
import nl.ketenwijs.supplychain.ChainChanged;
import nl.ketenwijs.supplychain.CompanyChains;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates registers when what they are made of changes, after the change has committed and in the
 * background. The event publication registry keeps an event until its listener has finished, so a crash
 * in between leaves it to be retried, not lost.
 */
@Component
class RegisterUpdates {

    private static final Logger log = LoggerFactory.getLogger(RegisterUpdates.class);

    private final RegisterEvaluation evaluation;
    private final TenantScope tenantScope;
    private final SectorDirectory sector;
    private final CompanyChains chains;

    RegisterUpdates(
            RegisterEvaluation evaluation, TenantScope tenantScope, SectorDirectory sector, CompanyChains chains) {
        this.evaluation = evaluation;
        this.tenantScope = tenantScope;
        this.sector = sector;
        this.chains = chains;
    }

    @ApplicationModuleListener
    void chainChanged(ChainChanged change) {
        evaluate(change.organisationId(), Cause.CHAIN);
    }

    /** Every company, each in a transaction of its own: one company's failure does not undo the others. */
    @ApplicationModuleListener
    void knowledgeChanged(RiskKnowledgeEvent change) {
        long started = System.nanoTime();
        int companies = 0;
        for (UUID company : sector.companyIds()) {
            evaluate(company, Cause.KNOWLEDGE);
            companies++;
        }
        log.info(
                "Registers of {} companies re-evaluated after {} in {} ms",
                companies,
                change,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void evaluate(UUID company, Cause cause) {
        tenantScope.asOrganisation(company, () -> {
            evaluation.evaluate(company, cause);
            return null;
        });
    }
}
