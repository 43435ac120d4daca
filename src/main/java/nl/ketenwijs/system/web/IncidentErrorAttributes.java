package nl.ketenwijs.system.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Every server error gets an incident id: the log keeps the stack trace under that id, the person sees
 * only the id, to quote when they ask for help.
 */
@Component
class IncidentErrorAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(IncidentErrorAttributes.class);
    private static final SecureRandom random = new SecureRandom();

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            String incident = newIncidentId();
            attributes.put("incident", incident);
            log.error("Incident {}: {} on {}", incident, code, attributes.get("path"), getError(request));
        }
        return attributes;
    }

    private static String newIncidentId() {
        byte[] bytes = new byte[5];
        random.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
