package nl.ketenwijs.monitoring.assessment.web;

import nl.ketenwijs.monitoring.assessment.AssessmentRefused;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change the assessment's state does not allow (handed in, already reviewed, not handed in) answers 409
 * with the reason, for the company's and the reviewer's pages alike; nothing was changed.
 */
@ControllerAdvice(basePackageClasses = AssessmentAdvice.class)
class AssessmentAdvice {

    @ExceptionHandler(AssessmentRefused.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(AssessmentRefused refused, Model model) {
        model.addAttribute("problem", refused.messageKey());
        return "assessment/refused";
    }
}
