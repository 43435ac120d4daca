package nl.ketenwijs.riskanalysis.web;

import java.util.List;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.OrganisationKind;
import nl.ketenwijs.riskanalysis.RegisterEntry;
import nl.ketenwijs.riskanalysis.RiskRegisters;
import nl.ketenwijs.riskknowledge.Reason;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The company's risk register as JSON, ranked, for its own systems (Bearer token of a person of the company). */
@RestController
class RegisterApiController {

    private final RiskRegisters registers;

    RegisterApiController(RiskRegisters registers) {
        this.registers = registers;
    }

    @GetMapping(path = "/api/v1/risk-register", produces = MediaType.APPLICATION_JSON_VALUE)
    RegisterJson register(@AuthenticationPrincipal Account account) {
        if (account.organisationKind() != OrganisationKind.COMPANY) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a company has a risk register");
        }
        List<RegisterEntry> ranked = registers.ranked(account.organisationId());
        return new RegisterJson(
                registers
                        .evaluatedAt(account.organisationId())
                        .map(Object::toString)
                        .orElse(null),
                java.util.stream.IntStream.range(0, ranked.size())
                        .mapToObj(i -> EntryJson.of(i + 1, ranked.get(i)))
                        .toList());
    }

    record RegisterJson(String evaluatedAt, List<EntryJson> entries) {}

    /**
     * One ranked entry; {@code likelihood} and {@code priority} are null while the level is unknown (a gap to
     * investigate, never a low risk).
     */
    record EntryJson(
            int rank,
            String commodity,
            String country,
            String theme,
            String level,
            int severity,
            Integer likelihood,
            Integer priority,
            String decision,
            List<String> products,
            List<Reason> reasons) {

        static EntryJson of(int rank, RegisterEntry entry) {
            return new EntryJson(
                    rank,
                    entry.commodityCode(),
                    entry.countryIso3(),
                    entry.theme().code(),
                    entry.level().code(),
                    entry.severity(),
                    entry.likelihood(),
                    entry.priority(),
                    entry.decision().name().toLowerCase(java.util.Locale.ROOT),
                    entry.products(),
                    entry.reasons());
        }
    }
}
