package nl.ketenwijs.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanPagesIntegrationTests extends PlanIntegrationTest {

    PlanFixture fixture;

    @BeforeEach
    void aCompanyOfItsOwn() {
        fixture = aCompanyWithARegister();
    }

    @Test
    void anEditorWritesAPlanForARiskOfTheRegisterAndAddsAMeasure() throws Exception {
        mvc.perform(get("/plans/new")
                        .with(user(fixture.editor))
                        .param("commodity", "cocoa")
                        .param("country", "CIV")
                        .param("theme", "child_labour"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"cocoa/CIV/child_labour\" checked")));
        UUID plan = fixture.plan("Child labour in cocoa");
        UUID measure = fixture.measure(plan, Map.of("genderResponsive", "true"));

        mvc.perform(get("/plans").with(user(fixture.viewer)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Child labour in cocoa"),
                                containsString("Supplier code of conduct"),
                                containsString("gendersensitief"),
                                containsString("Suppliers signed: 10 → 40 → 100 %"))));
        mvc.perform(get("/plans/" + plan).with(user(fixture.viewer)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Child labour: Cocoa from"),
                                containsString("/plans/measures/" + measure),
                                not(containsString("Add a measure")))));
        mvc.perform(get("/plans/measures/" + measure).with(user(fixture.viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anna Jansen")));
    }

    @Test
    void aPlanWithoutARiskOfTheRegisterIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/plans")
                        .with(user(fixture.editor))
                        .with(csrf())
                        .param("title", "Tea")
                        .param("goal", "Better tea.")
                        .param("risk", "tea/KEN/child_labour"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Risico’s: tea/KEN/child_labour staat niet in uw register.")));
        mvc.perform(post("/plans")
                        .with(user(fixture.editor))
                        .with(csrf())
                        .param("title", "")
                        .param("goal", "x"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Titel: vul dit in."),
                                containsString("Risico’s: kies ten minste één risico uit uw register."))));
        assertThat(plans()).isZero();
    }

    @Test
    void aMeasureWithoutOwnerOrDueDateIsRefusedWithAMessageNamingTheField() throws Exception {
        UUID plan = fixture.plan("Cocoa");
        Map<String, String> missing = new HashMap<>();
        missing.put("ownerName", "");
        missing.put("dueDate", "");
        mvc.perform(fixture.measureForm(post("/plans/" + plan + "/measures").param("lang", "en"), missing))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Owner (name): enter the name of the person who carries this measure"),
                                containsString("Due date: enter the date by which the measure should be done."),
                                containsString("id=\"ownerName-error\""),
                                containsString("value=\"Supplier code of conduct\""))));
        mvc.perform(fixture.measureForm(post("/plans/" + plan + "/measures"), Map.of("ownerEmail", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E-mailadres van de eigenaar: vul het e-mailadres")));
        assertThat(measures()).isZero();
    }

    @Test
    void dueBeforeStartABadEmailAndNegativeNumbersAreRefused() throws Exception {
        UUID plan = fixture.plan("Cocoa");
        Map<String, String> bad = Map.of(
                "startDate", "2027-03-01",
                "dueDate", "2027-02-01",
                "ownerEmail", "anna at example",
                "baseline", "-5",
                "target", "veel");
        mvc.perform(fixture.measureForm(post("/plans/" + plan + "/measures"), bad))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Uiterste datum: ligt vóór de startdatum."),
                                containsString("E-mailadres van de eigenaar: dit is geen geldig e-mailadres."),
                                containsString("Nulmeting: mag niet negatief zijn."),
                                containsString("Streefwaarde: dit is geen getal"))));
        assertThat(measures()).isZero();
    }

    @Test
    void anOverdueMeasureIsFlaggedInTheListsAndADoneOneIsNot() throws Exception {
        UUID plan = fixture.plan("Cocoa");
        String yesterday = LocalDate.now().minusDays(2).toString();
        UUID late = fixture.measure(
                plan, Map.of("title", "Late questionnaire", "startDate", "2026-01-01", "dueDate", yesterday));
        fixture.measure(
                plan,
                Map.of("title", "Finished code", "startDate", "2026-01-01", "dueDate", yesterday, "status", "DONE"));

        String list = mvc.perform(get("/plans").with(user(fixture.viewer)).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("2 measure(s), 1 done, 1 overdue");
        assertThat(list.split("overdue</strong>", -1)).hasSize(2);
        mvc.perform(get("/plans/measures/" + late).with(user(fixture.viewer)).param("lang", "en"))
                .andExpect(content().string(containsString("This measure is past its due date")));
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        UUID plan = fixture.plan("Cocoa");
        UUID measure = fixture.measure(plan, Map.of());
        mvc.perform(get("/plans/" + plan).with(user(fixture.viewer))).andExpect(status().isOk());
        for (String path : new String[] {
            "/plans",
            "/plans/" + plan,
            "/plans/" + plan + "/measures",
            "/plans/" + plan + "/reviews",
            "/plans/measures/" + measure,
            "/plans/measures/" + measure + "/updates",
            "/plans/measures/" + measure + "/evidence"
        }) {
            mvc.perform(post(path)
                            .with(user(fixture.viewer))
                            .with(csrf())
                            .param("title", "Taken over")
                            .param("goal", "x")
                            .param("risk", PlanFixture.COCOA_CHILD_LABOUR)
                            .param("updateDate", "2026-01-01")
                            .param("updateText", "x")
                            .param("evidenceNote", "x")
                            .param("evidenceDate", "2026-01-01"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/plans/" + plan + "/measures/new").with(user(fixture.viewer)))
                .andExpect(status().isForbidden());
        assertThat(plans()).isEqualTo(1);
        assertThat(measures()).isEqualTo(1);
    }

    @Test
    void aTemplatePrefillsTheMeasureFormAndEverythingStaysEditable() throws Exception {
        UUID plan = fixture.plan("Cocoa");
        UUID template = jdbc.sql(
                        "SELECT id FROM measure_template WHERE code = 'living_income_price' AND language = 'en'")
                .query(UUID.class)
                .single();
        mvc.perform(get("/plans/" + plan + "/measures/new")
                        .with(user(fixture.editor))
                        .param("template", template.toString())
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"Living-income reference price\""),
                                containsString("value=\"Share of volume bought at the reference price\""),
                                containsString("<option value=\"REMEDIATE\" selected=\"selected\""))));
        UUID measure = fixture.measure(plan, Map.of("title", "Our own reference price", "type", "USE_LEVERAGE"));
        mvc.perform(get("/plans/measures/" + measure).with(user(fixture.viewer)))
                .andExpect(content()
                        .string(allOf(containsString("Our own reference price"), containsString("invloed gebruiken"))));
    }

    @Test
    void aProgressUpdateMovesTheCurrentValueAndAReviewKeepsTheIndicatorsWithItsHistory() throws Exception {
        UUID plan = fixture.plan("Cocoa");
        UUID measure = fixture.measure(plan, Map.of());
        mvc.perform(post("/plans/measures/" + measure + "/updates")
                        .with(user(fixture.editor))
                        .with(csrf())
                        .param("updateDate", "2026-10-01")
                        .param("updateText", "Twelve suppliers signed.")
                        .param("updateValue", "75,5"))
                .andExpect(redirectedUrl("/plans/measures/" + measure + "?updated#updates"));
        mvc.perform(post("/plans/measures/" + measure + "/updates")
                        .with(user(fixture.editor))
                        .with(csrf())
                        .param("updateDate", "")
                        .param("updateText", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Datum van de voortgang: vul dit in.")));

        for (String verdict : new String[] {"PARTLY", "MOVED"}) {
            mvc.perform(post("/plans/" + plan + "/reviews")
                            .with(user(fixture.editor))
                            .with(csrf())
                            .param("reviewDate", "2026-11-0" + (verdict.equals("PARTLY") ? "1" : "2"))
                            .param("verdict", verdict)
                            .param("learned", "Contracts help.")
                            .param("changes", "Add a purchase commitment."))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/plans/" + plan + "/reviews")
                        .with(user(fixture.editor))
                        .with(csrf())
                        .param("reviewDate", "2026-11-03")
                        .param("learned", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Is de indicator bewogen?: kies een antwoord.")));

        mvc.perform(get("/plans/" + plan).with(user(fixture.viewer)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Supplier code of conduct – Suppliers signed: 10 → 75.5 → 100 %"),
                                containsString("Review of 2 November 2026"),
                                containsString("Review of 1 November 2026"),
                                containsString("yes, the right way"))));
        mvc.perform(get("/plans/measures/" + measure).with(user(fixture.viewer)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Twelve suppliers signed."), containsString("(indicator: 75.5)"))));
    }

    @Test
    void theRegisterEntryOffersToWriteAPlan() throws Exception {
        mvc.perform(get("/register/entry")
                        .with(user(fixture.editor))
                        .param("commodity", "cocoa")
                        .param("country", "CIV")
                        .param("theme", "child_labour"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("/plans/new?commodity=cocoa&amp;country=CIV&amp;theme=child_labour")));
    }

    private int plans() {
        return countIn(fixture, "action_plan");
    }

    private int measures() {
        return countIn(fixture, "plan_measure");
    }
}
