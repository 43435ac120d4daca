package nl.ketenwijs.actions.collective;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown, or not open to this organisation: the two look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProjectNotFound extends RuntimeException {

    public ProjectNotFound() {
        super("No such project for this organisation");
    }
}
