package nl.ketenwijs.riskknowledge.editions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such data set or edition: answered as any unknown address. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EditionNotFound extends RuntimeException {

    public EditionNotFound() {
        super("No such edition");
    }
}
