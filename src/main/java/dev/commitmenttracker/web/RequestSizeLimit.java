package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.Limits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over its limit before anything reads it: {@link Limits#IMPORT_BODY_BYTES} for imports,
 * {@link Limits#JSON_BODY_BYTES} for everything else, answered 413 problem+json {@code request.too-large}. A declared
 * Content-Length is checked at once; a body sent without one (chunked) is read here only up to the limit and handed on
 * from memory, so an endless body costs at most the limit. Multipart and form bodies are read by the container itself:
 * a chunked upload is parsed here, the container counting its bytes against the multipart limits of application.yml;
 * a chunked form is held to {@code server.tomcat.max-http-form-post-size}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Problems problems;

    RequestSizeLimit(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        if (declared >= 0 || WITHOUT_BODY.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (isMultipart(request.getContentType())) {
            if (partsOverLimit(request)) {
                tooLarge(response, limit);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (isForm(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    static int limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/imports") ? Limits.IMPORT_BODY_BYTES : Limits.JSON_BODY_BYTES;
    }

    private void tooLarge(HttpServletResponse response, int limit) throws IOException {
        problems.write(
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "request.too-large",
                null,
                "The request body is larger than the " + limit + " bytes this endpoint accepts; nothing was recorded.");
    }

    /**
     * Has the container parse the parts now, within its multipart limits (application.yml), which it counts while
     * reading; true when they were exceeded. Any other fault is left to whoever reads the parts next: the container
     * keeps the parts, or the fault, for that.
     */
    private static boolean partsOverLimit(HttpServletRequest request) {
        try {
            request.getParts();
            return false;
        } catch (IOException | ServletException | IllegalStateException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SizeException) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isMultipart(String contentType) {
        MediaType type = mediaType(contentType);
        return type != null && type.getType().equalsIgnoreCase("multipart");
    }

    private static boolean isForm(String contentType) {
        MediaType type = mediaType(contentType);
        return type != null && MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type);
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while (out.size() < max && (read = in.read(chunk, 0, Math.min(chunk.length, max - out.size()))) != -1) {
            out.write(chunk, 0, read);
        }
        return out.toByteArray();
    }

    /** The request with its body already read, within the limit. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
        }

        private static Charset charset(String encoding) {
            try {
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
