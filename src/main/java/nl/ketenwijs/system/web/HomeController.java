package nl.ketenwijs.system.web;

import nl.ketenwijs.organisation.Account;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal Account account, Model model) {
        model.addAttribute("account", account);
        return "home";
    }
}
