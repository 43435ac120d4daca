package nl.ketenwijs.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized body with 413 before anything reads it. Without this, Tomcat silently drops the
 * parameters of a form over its post limit and the user would see a confusing CSRF refusal instead.
 * Bodies of unknown length are not buffered here: Tomcat's own limits and the multipart limits cover them.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxFormBytes;
    private final long maxMultipartBytes;

    RequestSizeLimit(DataSize maxForm, DataSize maxMultipart) {
        this.maxFormBytes = maxForm.toBytes();
        this.maxMultipartBytes = maxMultipart.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limitFor(request.getContentType())) {
            response.setHeader("Connection", "close");
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private long limitFor(String contentType) {
        boolean multipart =
                contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
        return multipart ? maxMultipartBytes : maxFormBytes;
    }
}
