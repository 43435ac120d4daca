package nl.ketenwijs.quickscan.web;

import java.util.stream.Collectors;
import nl.ketenwijs.quickscan.scan.ScanMaterial;
import nl.ketenwijs.riskknowledge.KnowledgeNames;

/** A raw material's countries in the page's language as one phrase, for the summary and its PDF. */
public record CountryList(KnowledgeNames.Names names) {

    public String of(ScanMaterial material) {
        return material.countries().stream().map(names::country).collect(Collectors.joining(", "));
    }
}
