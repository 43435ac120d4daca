package nl.ketenwijs.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client of the public, unauthenticated API to a number of requests per minute. Clients are
 * told apart by a keyed hash of their address, kept in memory only and forgotten with the minute: no
 * address is stored or logged. Each instance counts on its own, which bounds the load per instance.
 */
class PublicApiRateLimit extends OncePerRequestFilter {

    private final int requestsPerMinute;
    private final Clock clock;
    private final SecretKeySpec key;
    private volatile long currentMinute = -1;
    private volatile Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    PublicApiRateLimit(int requestsPerMinute, Clock clock) {
        this.requestsPerMinute = requestsPerMinute;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        if (countFor(request.getRemoteAddr(), now / 60_000) > requestsPerMinute) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(60 - (now / 1000) % 60));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                            + "\"detail\":\"At most " + requestsPerMinute + " requests per minute.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private int countFor(String address, long minute) {
        if (minute != currentMinute) {
            synchronized (this) {
                if (minute != currentMinute) {
                    counts = new ConcurrentHashMap<>();
                    currentMinute = minute;
                }
            }
        }
        return counts.computeIfAbsent(keyedHash(address), client -> new AtomicInteger())
                .incrementAndGet();
    }

    private String keyedHash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
