package nl.ketenwijs.grievance.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.ketenwijs.grievance.ComplaintStatistics;
import nl.ketenwijs.supplychain.ChainLookup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public figures of the complaints mechanism, per year (/klacht/cijfers, /complaint/figures): counts by
 * theme, country, stage, outcome and gender, the time per stage, the clocks met, and the summaries handlers
 * published. Small groups show as "fewer than 5".
 */
@Controller
@RequestMapping({PortalPaths.DUTCH, PortalPaths.ENGLISH})
class FiguresController {

    static final String PAGE = "portal/figures";

    private final ComplaintStatistics statistics;
    private final CountryChoices countries;
    private final ChainLookup commodities;
    private final MessageSource messages;

    FiguresController(
            ComplaintStatistics statistics, CountryChoices countries, ChainLookup commodities, MessageSource messages) {
        this.statistics = statistics;
        this.countries = countries;
        this.commodities = commodities;
        this.messages = messages;
    }

    /** A year that is not a number or not one with cases shows the latest year: an address never fails. */
    @GetMapping({"/cijfers", "/figures"})
    String figures(
            @RequestParam(name = "year", required = false) String year,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        List<Integer> years = statistics.years();
        int shown = years.stream()
                .filter(candidate -> candidate.toString().equals(year))
                .findFirst()
                .orElse(years.get(0));
        model.addAttribute("years", years);
        model.addAttribute(
                "figuresPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute(
                "figures",
                FiguresView.of(
                        statistics.forYear(shown),
                        countries.in(locale),
                        commodities.commodities(locale).stream()
                                .collect(Collectors.toMap(
                                        ChainLookup.CommodityChoice::code,
                                        ChainLookup.CommodityChoice::name,
                                        (a, b) -> a)),
                        messages,
                        locale));
        return PAGE;
    }
}
