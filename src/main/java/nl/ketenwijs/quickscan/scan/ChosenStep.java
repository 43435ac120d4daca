package nl.ketenwijs.quickscan.scan;

/**
 * One first step: a template with what it is about. material is set for steps about one raw material,
 * commodityCode and countryIso3 for steps about a sourcing pair; the code of conduct has neither.
 */
public record ChosenStep(StepTemplate template, String material, String commodityCode, String countryIso3) {

    /** Names the step in a form: the same step always has the same key. */
    public String key() {
        return template.code() + "|" + part(commodityCode) + "|" + part(countryIso3) + "|" + part(material);
    }

    private static String part(String value) {
        return value == null ? "" : value;
    }
}
