package nl.ketenwijs.organisation.people;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such person in this organisation: a colleague of another organisation is as unknown as nobody. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PersonNotFound extends RuntimeException {

    public PersonNotFound() {
        super("No such person in this organisation");
    }
}
