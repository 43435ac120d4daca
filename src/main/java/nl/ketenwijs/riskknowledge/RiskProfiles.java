package nl.ketenwijs.riskknowledge;

import java.util.Arrays;
import nl.ketenwijs.riskknowledge.rules.Evidence;
import nl.ketenwijs.riskknowledge.rules.EvidenceTables;
import nl.ketenwijs.riskknowledge.rules.RiskRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The inherent risk of a raw material from a country on every theme, each level with its reasons. */
@Service
public class RiskProfiles {

    private final JdbcClient jdbc;
    private volatile Evidence evidence;

    RiskProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RiskProfile profile(Commodity commodity, Country country) {
        Evidence read = evidence();
        return new RiskProfile(
                commodity,
                country,
                Arrays.stream(Theme.values())
                        .map(theme -> RiskRules.assess(theme, commodity, country, read))
                        .toList());
    }

    /** Read on first use: the loader has filled the tables before the application takes requests. */
    private Evidence evidence() {
        Evidence read = evidence;
        if (read == null) {
            evidence = read = EvidenceTables.read(jdbc);
        }
        return read;
    }
}
