package com.partnershiptracker.pagecache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Holds a response's body back, up to a limit, so that the page can be kept; past the limit, it
 * writes what it held and everything after straight to the client, and the page is not kept. A
 * large export or page thus costs at most the limit in memory, however large it grows.
 */
final class BoundedRecorder extends HttpServletResponseWrapper {

    private final int limit;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();
    private final ServletOutputStream body = new Body();
    private PrintWriter writer;
    private long declaredLength = -1;

    BoundedRecorder(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The whole body, or null when it outgrew the limit and went to the client as it came. */
    byte[] recordedBody() throws IOException {
        flushWriter();
        return held == null ? null : held.toByteArray();
    }

    /** Sends what is still held back, if anything; after this, nothing more may be written. */
    void finish() throws IOException {
        flushWriter();
        if (held != null && held.size() > 0) {
            byte[] bytes = held.toByteArray();
            held = null;
            if (!getResponse().isCommitted()) {
                getResponse().setContentLength(bytes.length);
            }
            getResponse().getOutputStream().write(bytes);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return body;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (held == null) {
            super.setContentLengthLong(length);
        } else {
            declaredLength = length;
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        if (held == null) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        if (held == null) {
            super.resetBuffer();
        } else {
            held.reset();
        }
    }

    @Override
    public void reset() {
        super.reset();
        if (held != null) {
            held.reset();
        }
        declaredLength = -1;
    }

    @Override
    public void sendError(int status) throws IOException {
        resetBuffer();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        resetBuffer();
        super.sendError(status, message);
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    private void write(byte[] bytes, int offset, int length) throws IOException {
        if (held != null && held.size() + length <= limit) {
            held.write(bytes, offset, length);
            return;
        }
        if (held != null) {
            passThrough();
        }
        getResponse().getOutputStream().write(bytes, offset, length);
    }

    private void passThrough() throws IOException {
        byte[] bytes = held.toByteArray();
        held = null;
        if (declaredLength >= 0) {
            super.setContentLengthLong(declaredLength);
        }
        getResponse().getOutputStream().write(bytes);
    }

    private final class Body extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            BoundedRecorder.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            BoundedRecorder.this.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (held == null) {
                getResponse().getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("A recorded response is written synchronously");
        }
    }
}
