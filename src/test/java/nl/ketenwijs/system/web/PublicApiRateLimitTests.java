package nl.ketenwijs.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicApiRateLimitTests {

    private static final Instant START = Instant.parse("2026-11-24T12:00:10Z");

    @Test
    void aClientOverTheLimitWaitsForTheNextMinuteAndOthersGoOn() throws Exception {
        MutableClock clock = new MutableClock(START);
        PublicApiRateLimit limit = new PublicApiRateLimit(3, clock);

        for (int i = 0; i < 3; i++) {
            assertThat(call(limit, "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = call(limit, "10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("50");
        assertThat(refused.getContentAsString()).contains("\"status\":429");
        assertThat(call(limit, "10.0.0.2").getStatus()).as("another client").isEqualTo(200);

        clock.now = START.plusSeconds(50);
        assertThat(call(limit, "10.0.0.1").getStatus()).as("the next minute").isEqualTo(200);
    }

    private static MockHttpServletResponse call(PublicApiRateLimit limit, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/risk-profiles");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
