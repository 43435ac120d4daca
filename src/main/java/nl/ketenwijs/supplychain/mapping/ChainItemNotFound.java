package nl.ketenwijs.supplychain.mapping;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown, or another company's: the two look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ChainItemNotFound extends RuntimeException {

    public ChainItemNotFound() {
        super("No such product or raw material in this company's chain");
    }
}
