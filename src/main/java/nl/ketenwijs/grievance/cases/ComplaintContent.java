package nl.ketenwijs.grievance.cases;

/** What the person wrote, in their own words; stored only encrypted under the case key. */
public record ComplaintContent(
        String whatHappened, String region, String place, String company, String since, String affected, String wish) {}
