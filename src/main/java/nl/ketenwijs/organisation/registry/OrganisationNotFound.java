package nl.ketenwijs.organisation.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown, or not the actor's to manage: the two look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganisationNotFound extends RuntimeException {

    public OrganisationNotFound() {
        super("No such organisation for this account");
    }
}
