package nl.ketenwijs.quickscan.web;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.quickscan.scan.QuickScan;
import nl.ketenwijs.quickscan.scan.ScanFindings;
import nl.ketenwijs.riskknowledge.KnowledgeNames;

/** What the summary page and its PDF both show: the same facts, so the two never disagree. */
final class SummaryModel {

    private SummaryModel() {}

    static Map<String, Object> of(Account account, QuickScan scan, ScanFindings findings, KnowledgeNames.Names names) {
        Map<String, Object> model = new HashMap<>();
        model.put("company", account.organisationName());
        model.put("date", OffsetDateTime.now());
        model.put("scan", scan);
        model.put("names", names);
        model.put("countries", new CountryList(names));
        if (scan.savedToChainYet()) {
            model.put("findings", findings.of(account.organisationId(), scan.answers()));
        }
        return model;
    }
}
