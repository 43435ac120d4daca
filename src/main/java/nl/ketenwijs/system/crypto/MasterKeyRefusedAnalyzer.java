package nl.ketenwijs.system.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused master key into Boot's short "APPLICATION FAILED TO START" report, so that the operator
 * reads what to set instead of searching a stack trace of bean creation.
 */
class MasterKeyRefusedAnalyzer extends AbstractFailureAnalyzer<MasterKeyRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MasterKeyRefused cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set " + MasterKeySource.ENVIRONMENT_VARIABLE + " (property " + MasterKey.PROPERTY
                        + ") to the base64 of 32 random bytes, made with: openssl rand -base64 32",
                cause);
    }
}
