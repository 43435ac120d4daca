package nl.ketenwijs.grievance.handling;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No case with that id: answered with 404, like any unknown id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFound extends RuntimeException {

    public CaseNotFound() {
        super("No such case");
    }
}
