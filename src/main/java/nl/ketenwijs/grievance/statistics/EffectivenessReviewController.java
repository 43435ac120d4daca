package nl.ketenwijs.grievance.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketenwijs.grievance.ComplaintStatistics;
import nl.ketenwijs.grievance.statistics.EffectivenessReviews.Entry;
import nl.ketenwijs.organisation.Account;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The yearly effectiveness review of the complaints mechanism against the eight criteria of UN Guiding
 * Principle 31 (/complaints/review/{year}): the year's figures beside each criterion, and the secretariat's
 * assessment and status per criterion, saved per year.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SECRETARIAT_ADMIN')")
class EffectivenessReviewController {

    static final String PAGE = "complaints/review";

    private final ComplaintStatistics statistics;
    private final EffectivenessReviews reviews;
    private final MessageSource messages;

    EffectivenessReviewController(
            ComplaintStatistics statistics, EffectivenessReviews reviews, MessageSource messages) {
        this.statistics = statistics;
        this.reviews = reviews;
        this.messages = messages;
    }

    /** One line of the checklist: the criterion, its figures, and what was saved or typed. */
    record Item(Criterion criterion, List<String> figures, Entry entry, boolean tooLong) {}

    /** The review of the latest year with cases (or the current year). */
    @GetMapping("/complaints/review")
    String latest() {
        return "redirect:/complaints/review/" + statistics.years().get(0);
    }

    @GetMapping("/complaints/review/{year}")
    String review(@PathVariable String year, Model model, Locale locale) {
        int reviewed = year(year);
        return show(reviewed, reviews.of(reviewed), List.of(), model, locale);
    }

    @PostMapping("/complaints/review/{year}")
    String save(
            @PathVariable String year,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal Account account,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        int reviewed = year(year);
        Map<Criterion, Entry> typed = new EnumMap<>(Criterion.class);
        List<Criterion> tooLong = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            ReviewStatus status = statusOf(fields.get("status-" + criterion));
            String assessment = fields.getOrDefault("assessment-" + criterion, "")
                    .replace("\u0000", "")
                    .strip();
            if (assessment.codePointCount(0, assessment.length()) > EffectivenessReviews.LONGEST_ASSESSMENT) {
                tooLong.add(criterion);
            }
            typed.put(criterion, new Entry(status, assessment));
        }
        if (!tooLong.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(reviewed, typed, tooLong, model, locale);
        }
        reviews.save(reviewed, typed, account.userId());
        return "redirect:/complaints/review/" + reviewed + "?saved";
    }

    private String show(int year, Map<Criterion, Entry> entries, List<Criterion> tooLong, Model model, Locale locale) {
        Map<Criterion, List<String>> figures = ReviewFigures.of(statistics.forYear(year), messages, locale);
        model.addAttribute("year", year);
        model.addAttribute("years", statistics.years());
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("longest", EffectivenessReviews.LONGEST_ASSESSMENT);
        model.addAttribute(
                "items",
                Arrays.stream(Criterion.values())
                        .map(criterion -> new Item(
                                criterion, figures.get(criterion), entries.get(criterion), tooLong.contains(criterion)))
                        .toList());
        return PAGE;
    }

    private static ReviewStatus statusOf(String value) {
        return Arrays.stream(ReviewStatus.values())
                .filter(status -> status.name().equals(value))
                .findFirst()
                .orElse(ReviewStatus.NOT_ASSESSED);
    }

    /** A year the review can be about; anything else is no page at all. */
    private static int year(String year) {
        if (year == null || !year.matches("[0-9]{4}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int value = Integer.parseInt(year);
        if (value < 2000 || value > 2200) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return value;
    }
}
