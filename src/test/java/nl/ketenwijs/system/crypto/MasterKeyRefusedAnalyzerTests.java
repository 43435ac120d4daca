package nl.ketenwijs.system.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class MasterKeyRefusedAnalyzerTests {

    @Test
    void aMissingKeyIsReportedWithWhatToSetNotAsAStackTrace() {
        Throwable startUp = new BeanCreationException("secretBox", "Failed to instantiate", MasterKeyRefused.missing());

        FailureAnalysis analysis = new MasterKeyRefusedAnalyzer().analyze(startUp);

        assertThat(analysis.getDescription()).contains("No secrets master key");
        assertThat(analysis.getAction())
                .contains("KETENWIJS_SECRETS_MASTER_KEY", "ketenwijs.secrets.master-key", "openssl rand -base64 32");
    }
}
