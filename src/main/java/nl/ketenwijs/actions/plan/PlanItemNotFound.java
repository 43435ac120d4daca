package nl.ketenwijs.actions.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown, or another company's: the two look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanItemNotFound extends RuntimeException {

    public PlanItemNotFound() {
        super("No such plan, measure or evidence in this company");
    }
}
