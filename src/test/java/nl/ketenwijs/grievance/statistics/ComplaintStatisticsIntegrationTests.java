package nl.ketenwijs.grievance.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.ketenwijs.grievance.ComplaintFigures;
import nl.ketenwijs.grievance.ComplaintFigures.Count;
import nl.ketenwijs.grievance.ComplaintFigures.Tally;
import nl.ketenwijs.grievance.ComplaintStatistics;
import nl.ketenwijs.grievance.PortalIntegrationTest;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.AccountDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seven cases moved into a year of their own (far in the future, so no other test's cases count): five closed
 * with a remedy in Ghana by women, two still in dialogue, one of them in Côte d'Ivoire without a gender.
 */
class ComplaintStatisticsIntegrationTests extends PortalIntegrationTest {

    @Autowired
    ComplaintStatistics statistics;

    @Autowired
    AccountDirectory accounts;

    private int year;
    private final List<UUID> closed = new ArrayList<>();
    private final List<UUID> open = new ArrayList<>();

    @BeforeEach
    void sevenCasesInAYearOfTheirOwn() throws Exception {
        year = ThreadLocalRandom.current().nextInt(3000, 9000);
        OffsetDateTime start = OffsetDateTime.of(year, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        UUID handler =
                accounts.loadUserByUsername("klachten@secretariaat.example").userId();
        for (int i = 0; i < 7; i++) {
            UUID caseId = filed("Case " + i + " of " + year);
            boolean isClosed = i < 5;
            (isClosed ? closed : open).add(caseId);
            OffsetDateTime received = start.plusDays(i);
            complaints
                    .sql("""
                            UPDATE grievance_case SET received_at = :received, acknowledge_by = :received + interval '7 days',
                                   feedback_by = :received + interval '3 months', country = :country, gender = :gender,
                                   status = :status, closing_reason = :reason,
                                   acknowledged_at = CASE WHEN :closed THEN :received + interval '2 days' END,
                                   closed_at = CASE WHEN :closed THEN :received + interval '10 days' END
                             WHERE id = :id
                            """)
                    .param("received", received)
                    .param("country", i == 6 ? "CI" : "GH")
                    .param("gender", i == 6 ? null : "WOMAN")
                    .param("status", isClosed ? "CLOSED" : "DIALOGUE")
                    .param("reason", isClosed ? "REMEDY_PROVIDED" : null)
                    .param("closed", isClosed)
                    .param("id", caseId)
                    .update();
            complaints
                    .sql("DELETE FROM grievance_case_transition WHERE case_id = ?")
                    .param(caseId)
                    .update();
            if (isClosed) {
                complaints.sql("""
                                INSERT INTO grievance_case_routing (case_id, commodity_code, country_iso3, updated_by, updated_at)
                                VALUES (?, 'cocoa', 'GHA', ?, now())
                                """).params(caseId, handler).update();
            }
            transition(caseId, null, "RECEIVED", received, null);
            if (isClosed) {
                transition(caseId, "RECEIVED", "ACKNOWLEDGED", received.plusDays(2), null);
                transition(caseId, "ACKNOWLEDGED", "CLOSED", received.plusDays(10), "REMEDY_PROVIDED");
            }
        }
    }

    @Test
    void theYearsFiguresCountEveryGroupAndHideGroupsUnderFive() {
        ComplaintFigures figures = statistics.forYear(year);

        assertThat(figures.total()).isEqualTo(Count.of(7));
        assertThat(figures.byCountry())
                .containsExactly(new Tally("GH", Count.of(6)), new Tally("CI", new Count(0, true)));
        assertThat(figures.byCommodity())
                .as("by the commodity the handler routed the case by; not routed yet counts apart")
                .containsExactly(new Tally("cocoa", Count.of(5)), new Tally("", new Count(0, true)));
        assertThat(figures.byGender())
                .containsExactly(new Tally("WOMAN", Count.of(6)), new Tally("NOT_SAID", new Count(0, true)));
        assertThat(figures.byTheme()).contains(new Tally("WAGES", Count.of(7)));
        assertThat(figures.byOutcome()).containsExactly(new Tally("REMEDY_PROVIDED", Count.of(5)));
        assertThat(figures.byStage())
                .contains(new Tally("CLOSED", Count.of(5)), new Tally("DIALOGUE", new Count(0, true)))
                .contains(new Tally("MEDIATION", Count.of(0)));
        assertThat(figures.stageDurations())
                .extracting(ComplaintFigures.StageDuration::stage, ComplaintFigures.StageDuration::medianDays)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RECEIVED", 2.0),
                        org.assertj.core.groups.Tuple.tuple("ACKNOWLEDGED", 8.0));
        // The two open cases are not due yet (their year lies ahead), so they do not count against the clock.
        assertThat(figures.acknowledgedInTime().percent()).isEqualTo(100);
        assertThat(figures.acknowledgedInTime().of()).isEqualTo(Count.of(5));
        assertThat(figures.byLanguage()).containsExactly(new Tally("en", Count.of(7)));
        assertThat(figures.assisted()).isEqualTo(Count.of(0));
        assertThat(statistics.years()).contains(year);
    }

    @Test
    void thePublicPageShowsTheFiguresInThePersonsLanguageWithoutSmallCounts() throws Exception {
        String english = page("/complaint/figures?year=" + year + "&lang=en");
        assertThat(english)
                .contains("Complaints in figures")
                .contains("Wages that are too low or not paid")
                .contains("Remedy provided")
                .contains("fewer than 5")
                .contains("<td>8.0</td>")
                .contains("Ghana")
                .contains("What is grown or made where it happened")
                .contains("Not yet known");
        assertThat(english.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(30 * 1024);
        assertThat(english).doesNotContain("<script").doesNotContain("src=\"http");
        String arabic = page("/klacht/cijfers?year=" + year + "&lang=ar");
        assertThat(arabic).contains("dir=\"rtl\"").contains("الشكاوى بالأرقام").contains("أقل من 5");
        assertThat(page("/klacht/cijfers?year=not-a-year")).contains("Complaints in figures");
    }

    @Test
    void aHandlersPublishedSummaryOfAClosedCaseAppearsOnThePublicPage() throws Exception {
        Account handler = accounts.loadUserByUsername("klachten@secretariaat.example");
        String summary = "Pickers were paid their withheld wages after talks <b>" + year + "</b>.";
        mvc.perform(get("/complaints/" + closed.get(0) + "/summary")
                        .with(user(handler))
                        .param("lang", "en"))
                .andExpect(status().isOk());
        mvc.perform(post("/complaints/" + closed.get(0) + "/summary")
                        .with(user(handler))
                        .with(csrf())
                        .param("text", summary)
                        .param("published", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/complaints/" + closed.get(1) + "/summary")
                        .with(user(handler))
                        .with(csrf())
                        .param("text", "Not yet to be read " + year))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/complaints/" + open.get(0) + "/summary")
                        .with(user(handler))
                        .with(csrf())
                        .param("text", "Too early " + year)
                        .param("published", "true"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/complaints/" + closed.get(2) + "/summary")
                        .with(user(handler))
                        .with(csrf())
                        .param("text", "Name\u202Ehidden"))
                .andExpect(status().isUnprocessableContent());

        String page = page("/complaint/figures?year=" + year + "&lang=en");
        assertThat(page)
                .contains("Pickers were paid their withheld wages after talks &lt;b&gt;")
                .doesNotContain("Not yet to be read")
                .doesNotContain("Too early");
        assertThat(statistics.forYear(year).summaries()).hasSize(1);
    }

    @Test
    void onlyComplaintHandlersWriteSummaries() throws Exception {
        Account company = accounts.loadUserByUsername("admin@cacaohuis-zaandam.example");
        mvc.perform(get("/complaints/" + closed.get(0) + "/summary").with(user(company)))
                .andExpect(status().isForbidden());
        Account handler = accounts.loadUserByUsername("klachten@secretariaat.example");
        mvc.perform(get("/complaints/" + UUID.randomUUID() + "/summary").with(user(handler)))
                .andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID filed(String whatHappened) throws Exception {
        String receipt = receiptOn(mvc.perform(complaint(UUID.randomUUID(), whatHappened))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        return caseIdOf(receipt);
    }

    private void transition(UUID caseId, String from, String to, OffsetDateTime at, String reason) {
        complaints.sql("""
                        INSERT INTO grievance_case_transition (id, case_id, from_status, to_status, transitioned_at,
                               closing_reason) VALUES (gen_random_uuid(), ?, ?, ?, ?, ?)
                        """).params(caseId, from, to, at, reason).update();
    }
}
