package io.salescrm.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;

/**
 * Bounds every request body. A body announced larger than the limit is refused before anything reads it; a body
 * without a declared length is counted as it is read and reading fails past the limit. Either way the caller
 * gets a 413 problem (see {@link ApiExceptionHandler}). Field sizes are bounded by bean validation. Upload
 * endpoints (e.g. a CSV import) get their own, larger limit by path prefix ({@code crm.web.upload-limits}).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long defaultMaxBytes;
    private final Map<String, Long> uploadLimits;
    private final ObjectMapper objectMapper;

    public RequestSizeLimitFilter(long maxBytes, ObjectMapper objectMapper) {
        this(maxBytes, Map.of(), objectMapper);
    }

    /** {@code uploadLimits}: path prefix (e.g. "/lead-imports") -> the limit for requests to it and below it. */
    public RequestSizeLimitFilter(long maxBytes, Map<String, Long> uploadLimits, ObjectMapper objectMapper) {
        this.defaultMaxBytes = maxBytes;
        this.uploadLimits = Map.copyOf(uploadLimits);
        this.objectMapper = objectMapper;
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return uploadLimits.entrySet().stream()
                .filter(limit -> path.equals(limit.getKey()) || path.startsWith(limit.getKey() + "/"))
                .mapToLong(Map.Entry::getValue)
                .findFirst().orElse(defaultMaxBytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = limitFor(request);
        if (request.getContentLengthLong() > maxBytes) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body exceeds " + maxBytes + " bytes.");
            detail.setTitle("Request too large");
            String requestId = MDC.get(RequestIdFilter.MDC_KEY);
            if (requestId != null) {
                detail.setProperty("requestId", requestId);
            }
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), detail);
            return;
        }
        chain.doFilter(new BoundedRequest(request, maxBytes), response);
    }

    /** Raised when a request body exceeds the configured limit. */
    public static class RequestTooLargeException extends IOException {
        public RequestTooLargeException(long maxBytes) {
            super("The request body exceeds " + maxBytes + " bytes.");
        }
    }

    private static final class BoundedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;

        BoundedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream delegate = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = delegate.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = delegate.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws RequestTooLargeException {
                    read += n;
                    if (read > maxBytes) {
                        throw new RequestTooLargeException(maxBytes);
                    }
                }

                @Override
                public boolean isFinished() {
                    return delegate.isFinished();
                }

                @Override
                public boolean isReady() {
                    return delegate.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    delegate.setReadListener(listener);
                }
            };
        }
    }
}
