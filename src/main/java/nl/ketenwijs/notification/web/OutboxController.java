package nl.ketenwijs.notification.web;

import java.util.List;
import java.util.UUID;
import nl.ketenwijs.notification.OutboxMail;
import nl.ketenwijs.notification.OutboxReading;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The outbox page: recipient, subject and time of every mail, and the body of those not sent yet. */
@Controller
@PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
class OutboxController {

    static final String LIST = "outbox/list";
    static final String MAIL = "outbox/mail";

    private final OutboxReading outbox;

    OutboxController(OutboxReading outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/outbox")
    String list(Model model) {
        model.addAttribute("mails", outbox.latest());
        return LIST;
    }

    @GetMapping("/outbox/{id}")
    String mail(@PathVariable UUID id, Model model) {
        OutboxMail mail = outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("mail", mail);
        model.addAttribute("lines", BodyLine.of(mail.body()));
        return MAIL;
    }

    /** A line of a plain-text body; a line that is a link becomes clickable, without unescaped HTML. */
    record BodyLine(String text, boolean link) {

        static List<BodyLine> of(String body) {
            if (body == null) {
                return List.of();
            }
            return body.lines()
                    .map(line -> new BodyLine(line, line.startsWith("https://") || line.startsWith("http://")))
                    .toList();
        }
    }
}
