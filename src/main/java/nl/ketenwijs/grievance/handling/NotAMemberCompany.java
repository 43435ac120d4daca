package nl.ketenwijs.grievance.handling;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An interest names an organisation that is no member company: only a forged form does that. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class NotAMemberCompany extends RuntimeException {

    public NotAMemberCompany() {
        super("Not a member company");
    }
}
