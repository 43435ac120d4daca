package nl.ketenwijs.grievance.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import nl.ketenwijs.grievance.cases.CaseUnreadable;
import nl.ketenwijs.grievance.cases.MessageKind;
import nl.ketenwijs.grievance.followup.FollowUps;
import nl.ketenwijs.grievance.followup.ReceiptLogin;
import nl.ketenwijs.grievance.routing.ComplainantRouting;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following a case with its receipt. The receipt is only ever posted, never part of an address, and never
 * shown back; a right one opens the case in a new session (a new session id, so that a session id seen before
 * the login is worth nothing) that ends after half an hour without use.
 */
@Controller
@RequestMapping({PortalPaths.DUTCH, PortalPaths.ENGLISH})
class FollowUpController {

    static final String RECEIPT_FORM = "portal/follow";
    static final String CASE = "portal/case";
    static final String ERASED = "portal/erased";
    static final String FOLLOWED_CASE = FollowUpController.class.getName() + ".case";
    static final int SESSION_SECONDS = 30 * 60;
    static final int LONGEST_MESSAGE = 5_000;
    private static final String MESSAGE_FORM = "messageForm";

    private final FollowUps followUps;
    private final ComplainantRouting routing;

    FollowUpController(FollowUps followUps, ComplainantRouting routing) {
        this.followUps = followUps;
        this.routing = routing;
    }

    @GetMapping("/follow")
    String receiptForm() {
        return RECEIPT_FORM;
    }

    @PostMapping("/follow")
    String login(
            @RequestParam(name = "receipt", required = false) String receipt,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ReceiptLogin login = followUps.login(receipt, request.getRemoteAddr());
        if (login instanceof ReceiptLogin.Opened opened) {
            HttpSession session = request.getSession();
            request.changeSessionId();
            session.setAttribute(FOLLOWED_CASE, opened.caseId());
            session.setMaxInactiveInterval(SESSION_SECONDS);
            return redirectTo(request, "/case");
        }
        if (login instanceof ReceiptLogin.Slowed slowed) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(slowed.retryAfter().toSeconds() + 1));
            model.addAttribute("waitSeconds", slowed.retryAfter().toSeconds() + 1);
        } else {
            model.addAttribute("notRecognised", true);
        }
        return RECEIPT_FORM;
    }

    @GetMapping("/case")
    String caseFile(HttpSession session, Model model, Locale locale, HttpServletRequest request) {
        UUID caseId = followedCase(session);
        if (caseId == null) {
            return redirectTo(request, "/follow");
        }
        model.addAttribute(MESSAGE_FORM, MessageForm.blank());
        return showCase(caseId, model, locale);
    }

    @PostMapping("/case/messages")
    String addMessage(
            @ModelAttribute MessageForm typed,
            HttpSession session,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        UUID caseId = followedCase(session);
        if (caseId == null) {
            return redirectTo(request, "/follow");
        }
        MessageForm form = typed.withUnreadableMarked();
        BindingResult errors = new BeanPropertyBindingResult(form, MESSAGE_FORM);
        MessageKind kind = Arrays.stream(MessageKind.values())
                .filter(known -> known.name().equals(form.kind()))
                .findFirst()
                .orElse(null);
        if (kind == null) {
            TextChecks.reject(errors, "kind", "portal.error.choose", label("kind"));
        }
        TextChecks.required(errors, "text", form.text(), label("text"));
        TextChecks.text(errors, "text", form.text(), LONGEST_MESSAGE, label("text"));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(MESSAGE_FORM, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + MESSAGE_FORM, errors);
            return showCase(caseId, model, locale);
        }
        followUps.add(caseId, kind, form.text().strip());
        return redirectTo(request, "/case?sent");
    }

    /** The person gives or withdraws consent to release their identity and contact to the companies. */
    @PostMapping("/case/consent")
    String consent(
            @RequestParam(name = "given", defaultValue = "false") boolean given,
            HttpSession session,
            HttpServletRequest request) {
        UUID caseId = followedCase(session);
        if (caseId == null) {
            return redirectTo(request, "/follow");
        }
        routing.decide(caseId, given);
        return redirectTo(request, "/case?consent");
    }

    /** Leaving ends the session, so the next person on a shared phone finds nothing. */
    @PostMapping("/case/leave")
    String leave(HttpSession session, HttpServletRequest request) {
        session.invalidate();
        return redirectTo(request, "");
    }

    private String showCase(UUID caseId, Model model, Locale locale) {
        try {
            model.addAttribute("caseFile", CaseView.of(followUps.file(caseId), locale));
        } catch (CaseUnreadable e) {
            return ERASED;
        }
        model.addAttribute("companyAnswers", routing.answers(caseId));
        model.addAttribute("asksConsent", routing.asksConsent(caseId));
        model.addAttribute("consentGiven", routing.consentGiven(caseId));
        model.addAttribute("messageKinds", MessageKind.values());
        model.addAttribute("longestMessage", LONGEST_MESSAGE);
        return CASE;
    }

    /** A page under the root the person came in by. */
    private static String redirectTo(HttpServletRequest request, String page) {
        return "redirect:" + PortalPaths.baseOf(request.getRequestURI()) + page;
    }

    private static UUID followedCase(HttpSession session) {
        return session.getAttribute(FOLLOWED_CASE) instanceof UUID caseId ? caseId : null;
    }

    private static DefaultMessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable("portal.message." + field);
    }
}
