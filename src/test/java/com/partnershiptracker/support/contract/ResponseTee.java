package com.partnershiptracker.support.contract;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Passes a response through as it is written and keeps a copy of a JSON body. Unlike Spring's
 * ContentCachingResponseWrapper it holds nothing back, so a streamed download still streams (and
 * is not copied: only JSON is), and flushes and commits happen when the application makes them.
 */
final class ResponseTee extends HttpServletResponseWrapper {

    // A JSON answer larger than this is a bug of its own; the copy stops there rather than fill the heap.
    private static final int MAX_COPY = 16 * 1024 * 1024;

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private Boolean copying;
    private boolean overflowed;
    private boolean errorSent;
    private long written;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ResponseTee(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
        errorSent = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        errorSent = true;
        super.sendError(status, message);
    }

    /** Whether the body was left to the error page, which the server writes after the filters return. */
    boolean errorSent() {
        return errorSent;
    }

    /** The body, when it was JSON and was copied whole. */
    Optional<String> jsonBody() {
        if (writer != null) {
            writer.flush();
        }
        if (!isCopying() || overflowed) {
            return Optional.empty();
        }
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        return Optional.of(copy.toString(charset));
    }

    /**
     * The body as the contract reads it: JSON whole; any other (the dump's ZIP) only as present, its bytes unread,
     * so that a described binary answer is not taken for a missing one.
     */
    Optional<String> bodyToCheck() {
        Optional<String> json = jsonBody();
        if (json.isPresent() || isCopying() || written == 0) {
            return json;
        }
        return Optional.of("(" + written + " bytes of " + getContentType() + ", not read)");
    }

    // Decided at the first byte, when the application has set the content type.
    private boolean isCopying() {
        if (copying == null) {
            String type = getContentType();
            copying = type != null && type.toLowerCase().contains("json");
        }
        return copying;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new TeeStream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), encoding));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    // What the application takes back before the response is committed is no part of the answer.
    @Override
    public void resetBuffer() {
        super.resetBuffer();
        copy.reset();
    }

    @Override
    public void reset() {
        super.reset();
        copy.reset();
        copying = null;
    }

    private void keep(byte[] bytes, int offset, int length) {
        written += length;
        if (isCopying() && !overflowed) {
            if (copy.size() + length > MAX_COPY) {
                overflowed = true;
            } else {
                copy.write(bytes, offset, length);
            }
        }
    }

    private final class TeeStream extends ServletOutputStream {

        private final ServletOutputStream target;

        TeeStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
            keep(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
