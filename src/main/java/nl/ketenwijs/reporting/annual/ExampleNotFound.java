package nl.ketenwijs.reporting.annual;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown, or about another company: the two look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ExampleNotFound extends RuntimeException {

    public ExampleNotFound() {
        super("No such example for this organisation");
    }
}
