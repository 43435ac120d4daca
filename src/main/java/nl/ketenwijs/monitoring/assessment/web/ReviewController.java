package nl.ketenwijs.monitoring.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.monitoring.assessment.Assessment;
import nl.ketenwijs.monitoring.assessment.AssessmentReviews;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.CompanyDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring reviewer's pages: the year's handed-in self-assessments, one assessment with its answers,
 * and accepting it or returning it with comments per question (fields {@code c.<question id>}).
 */
@Controller
@PreAuthorize("hasRole('MONITORING_REVIEWER')")
class ReviewController {

    private final AssessmentReviews reviews;
    private final CompanyDirectory companies;
    private final Clock clock;

    ReviewController(AssessmentReviews reviews, CompanyDirectory companies, Clock clock) {
        this.reviews = reviews;
        this.companies = companies;
        this.clock = clock;
    }

    @GetMapping("/review/assessments")
    String list(@RequestParam(name = "year", required = false) Integer year, Model model) {
        int shown = year == null
                ? clock.instant().atZone(ZoneId.of("Europe/Amsterdam")).getYear()
                : year;
        List<AssessmentReviews.Listed> listed = reviews.handedIn(shown);
        model.addAttribute("year", shown);
        model.addAttribute("listed", listed);
        model.addAttribute(
                "names",
                companies.names(
                        listed.stream().map(AssessmentReviews.Listed::companyId).toList()));
        return "assessment/review-list";
    }

    @GetMapping("/review/assessments/{id}")
    String show(@PathVariable("id") UUID id, Model model) {
        return page(assessment(id), Map.of(), Map.of(), model);
    }

    @PostMapping("/review/assessments/{id}/accept")
    String accept(@AuthenticationPrincipal Account account, @PathVariable("id") UUID id, RedirectAttributes redirect) {
        reviews.accept(id, account.getUsername());
        redirect.addFlashAttribute("done", "review.accepted");
        return "redirect:/review/assessments/" + id;
    }

    @PostMapping("/review/assessments/{id}/return")
    String giveBack(
            @AuthenticationPrincipal Account account,
            @PathVariable("id") UUID id,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Map<UUID, String> comments = comments(request);
        Map<UUID, String> problems = reviews.giveBack(id, comments, account.getUsername());
        if (!problems.isEmpty()) {
            return page(assessment(id), comments, problems, model);
        }
        redirect.addFlashAttribute("done", "review.returned");
        return "redirect:/review/assessments/" + id;
    }

    @GetMapping("/review/assessments/{id}/files/{question}")
    ResponseEntity<byte[]> file(@PathVariable("id") UUID id, @PathVariable("question") UUID question) {
        return reviews.file(id, question)
                .map(AssessmentPaths::download)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Assessment assessment(UUID id) {
        return reviews.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(Assessment assessment, Map<UUID, String> comments, Map<UUID, String> problems, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute(
                "company", companies.names(List.of(assessment.organisationId())).get(assessment.organisationId()));
        model.addAttribute("comments", comments);
        model.addAttribute("problems", problems);
        return "assessment/review";
    }

    private static Map<UUID, String> comments(HttpServletRequest request) {
        Map<UUID, String> comments = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("c.") && values.length > 0) {
                try {
                    comments.put(UUID.fromString(name.substring(2)), values[0]);
                } catch (IllegalArgumentException e) {
                    // A field that names no question carries no comment.
                }
            }
        });
        return comments;
    }
}
