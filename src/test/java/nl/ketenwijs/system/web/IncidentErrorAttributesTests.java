package nl.ketenwijs.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class IncidentErrorAttributesTests {

    private final IncidentErrorAttributes errors = new IncidentErrorAttributes();

    @Test
    void serverErrorGetsAnIncidentIdAndNoTraceOrMessage() {
        Map<String, Object> attributes = errorsFor(500, new IllegalStateException("secret detail of table x"));

        assertThat(attributes.get("incident")).asString().matches("[0-9A-F]{10}");
        assertThat(attributes).doesNotContainKeys("trace", "exception");
        assertThat(attributes.toString()).doesNotContain("secret detail");
    }

    @Test
    void everyIncidentHasItsOwnId() {
        Object one = errorsFor(500, new IllegalStateException()).get("incident");
        Object two = errorsFor(500, new IllegalStateException()).get("incident");
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void clientErrorsNeedNoIncident() {
        assertThat(errorsFor(404, null)).doesNotContainKey("incident");
    }

    private Map<String, Object> errorsFor(int status, Throwable failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/somewhere");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere");
        if (failure != null) {
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        }
        return errors.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults());
    }
}
