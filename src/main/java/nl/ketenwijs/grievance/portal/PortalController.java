package nl.ketenwijs.grievance.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The portal's pages that only inform: where to start, and the public rules of procedure. */
@Controller
@RequestMapping({PortalPaths.DUTCH, PortalPaths.ENGLISH})
class PortalController {

    static final String START = "portal/start";
    static final String RULES = "portal/rules";

    @GetMapping
    String start() {
        return START;
    }

    @GetMapping("/rules")
    String rules() {
        return RULES;
    }
}
