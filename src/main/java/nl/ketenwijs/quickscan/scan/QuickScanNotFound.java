package nl.ketenwijs.quickscan.scan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown, or another company's: the two look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class QuickScanNotFound extends RuntimeException {

    public QuickScanNotFound() {
        super("No such quick scan in this company");
    }
}
