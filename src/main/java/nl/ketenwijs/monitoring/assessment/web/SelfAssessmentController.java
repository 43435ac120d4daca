package nl.ketenwijs.monitoring.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenwijs.actions.UploadRules;
import nl.ketenwijs.monitoring.DueDiligenceStep;
import nl.ketenwijs.monitoring.Question;
import nl.ketenwijs.monitoring.assessment.Assessment;
import nl.ketenwijs.monitoring.assessment.FileUpload;
import nl.ketenwijs.monitoring.assessment.SelfAssessments;
import nl.ketenwijs.organisation.Account;
import nl.ketenwijs.organisation.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * A company's self-assessment: the years it can fill in, one page per due-diligence step, saving drafts
 * and submitting. Admins and editors fill in; viewers read. Form fields are named {@code q.<question id>},
 * files {@code f.<question id>}.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER')")
class SelfAssessmentController {

    private final SelfAssessments assessments;

    SelfAssessmentController(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/assessment")
    String years(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("years", assessments.openYears());
        model.addAttribute("assessments", assessments.all(account.organisationId()));
        return "assessment/years";
    }

    @GetMapping("/assessment/{year}")
    String overview(@AuthenticationPrincipal Account account, @PathVariable("year") String year, Model model) {
        int reportingYear = openYear(year);
        model.addAttribute("year", reportingYear);
        model.addAttribute("mayEdit", mayEdit(account));
        assessments
                .find(account.organisationId(), reportingYear)
                .ifPresent(assessment -> model.addAttribute("assessment", assessment));
        return "assessment/overview";
    }

    @PostMapping("/assessment/{year}/start")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')")
    String start(@AuthenticationPrincipal Account account, @PathVariable("year") String year) {
        int reportingYear = openYear(year);
        Assessment assessment = assessments.open(account.organisationId(), reportingYear);
        return "redirect:/assessment/" + reportingYear + "/steps/"
                + assessment.steps().get(0).name().toLowerCase(java.util.Locale.ROOT);
    }

    @GetMapping("/assessment/{year}/steps/{step}")
    String step(
            @AuthenticationPrincipal Account account,
            @PathVariable("year") String year,
            @PathVariable("step") String step,
            Model model) {
        return stepPage(account, AssessmentPaths.year(year), AssessmentPaths.step(step), Map.of(), Map.of(), model);
    }

    @PostMapping("/assessment/{year}/steps/{step}")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')")
    String save(
            @AuthenticationPrincipal Account account,
            @PathVariable("year") String year,
            @PathVariable("step") String step,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        int reportingYear = AssessmentPaths.year(year);
        DueDiligenceStep shown = AssessmentPaths.step(step);
        Map<UUID, String> typed = typed(request);
        Map<UUID, String> problems = assessments.save(
                account.organisationId(), reportingYear, shown, typed, files(request), account.getUsername());
        if (!problems.isEmpty()) {
            model.addAttribute("refused", true);
            return stepPage(account, reportingYear, shown, typed, problems, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/assessment/" + reportingYear + "/steps/" + step.toLowerCase(java.util.Locale.ROOT);
    }

    @PostMapping("/assessment/{year}/submit")
    @PreAuthorize("hasAnyRole('COMPANY_ADMIN', 'COMPANY_EDITOR')")
    String submit(
            @AuthenticationPrincipal Account account, @PathVariable("year") String year, RedirectAttributes redirect) {
        int reportingYear = AssessmentPaths.year(year);
        List<Question> unanswered = assessments.submit(account.organisationId(), reportingYear, account.getUsername());
        if (unanswered.isEmpty()) {
            redirect.addFlashAttribute("submitted", true);
        } else {
            redirect.addFlashAttribute(
                    "unanswered", unanswered.stream().map(Question::code).toList());
        }
        return "redirect:/assessment/" + reportingYear;
    }

    @GetMapping("/assessment/{year}/files/{question}")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal Account account,
            @PathVariable("year") String year,
            @PathVariable("question") UUID question) {
        return assessments
                .file(account.organisationId(), AssessmentPaths.year(year), question)
                .map(AssessmentPaths::download)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String stepPage(
            Account account,
            int year,
            DueDiligenceStep step,
            Map<UUID, String> typed,
            Map<UUID, String> problems,
            Model model) {
        Assessment assessment = assessments
                .find(account.organisationId(), year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!assessment.steps().contains(step)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("assessment", assessment);
        model.addAttribute("step", step);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("mayEdit", mayEdit(account) && assessment.status().isEditable());
        model.addAttribute("maxMegabytes", UploadRules.MAX_BYTES / (1024 * 1024));
        return "assessment/step";
    }

    private int openYear(String text) {
        int year = AssessmentPaths.year(text);
        if (!assessments.openYears().contains(year)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return year;
    }

    private static boolean mayEdit(Account account) {
        return account.role() == Role.COMPANY_ADMIN || account.role() == Role.COMPANY_EDITOR;
    }

    private static Map<UUID, String> typed(HttpServletRequest request) {
        Map<UUID, String> typed = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            UUID question = questionIn(name, "q.");
            if (question != null && values.length > 0) {
                typed.put(question, values[0]);
            }
        });
        return typed;
    }

    /** A file over the limit is not read into memory; its size alone refuses it. */
    private static Map<UUID, FileUpload> files(HttpServletRequest request) throws IOException {
        Map<UUID, FileUpload> files = new HashMap<>();
        // The security filters wrap the request; the multipart request is underneath.
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            for (Map.Entry<String, MultipartFile> entry : multipart.getFileMap().entrySet()) {
                UUID question = questionIn(entry.getKey(), "f.");
                MultipartFile file = entry.getValue();
                if (question != null && !file.isEmpty()) {
                    boolean tooLarge = file.getSize() > UploadRules.MAX_BYTES;
                    files.put(
                            question,
                            new FileUpload(
                                    file.getOriginalFilename(), file.getSize(), tooLarge ? null : file.getBytes()));
                }
            }
        }
        return files;
    }

    private static UUID questionIn(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return null;
        }
        try {
            return UUID.fromString(name.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
