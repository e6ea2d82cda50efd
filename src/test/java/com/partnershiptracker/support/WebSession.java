package com.partnershiptracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session over real HTTP/1.1, written on a plain socket so that a test controls
 * every byte: the client address it connects from (any of 127.0.0.0/8), extra headers, and raw
 * form bodies (invalid UTF-8 included). Keeps every cookie the server sets (the session, the CSRF
 * token's cookie) and the CSRF token of the last page that had one.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The session cookie of Spring Session. */
    public static final String SESSION_COOKIE = "SESSION";
    private static final Pattern SET_COOKIE = Pattern.compile("(?im)^set-cookie:\\s*([^=;\\s]+)=([^;\\r\\n]*)(.*)$");

    private final int port;
    private final String clientAddress;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public WebSession(int port) {
        this(port, "127.0.0.1");
    }

    /** A session whose connections come from {@code clientAddress}, which must be a loopback address. */
    public WebSession(int port, String clientAddress) {
        this.port = port;
        this.clientAddress = clientAddress;
    }

    /** An answer: its status, headers as one block of text, and its body as UTF-8. */
    public record Answer(int status, String headers, String body) {

        public String location() {
            Matcher location = Pattern.compile("(?im)^location:\\s*(\\S+)").matcher(headers);
            return location.find() ? location.group(1) : null;
        }
    }

    /** Opens the sign-in page and signs in; the answer is the redirect (to /admin on success). */
    public Answer signIn(String username, String password, String... headers) {
        get("/login");
        return post("/login", form("username", username, "password", password), headers);
    }

    public Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** Posts form fields, adding this session's CSRF token. */
    public Answer post(String path, Map<String, String> fields, String... headers) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> append(body, name, value));
        return postRaw(path, body.toString().getBytes(StandardCharsets.US_ASCII), headers);
    }

    /** Posts an application/x-www-form-urlencoded body as given, after this session's CSRF token. */
    public Answer postRaw(String path, byte[] body, String... headers) {
        StringBuilder token = new StringBuilder();
        if (csrf != null) {
            append(token, "_csrf", csrf);
            if (body.length > 0) {
                token.append('&');
            }
        }
        byte[] prefix = token.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return send("POST", path, all, headers);
    }

    public String csrfToken() {
        return csrf;
    }

    /** The session cookie's value, or null while the server has set none. */
    public String sessionId() {
        return cookies.get(SESSION_COOKIE);
    }

    /** A cookie the server set and has not removed, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Sends this cookie from now on, as a browser would after the server set it. */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public static Map<String, String> form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static void append(StringBuilder body, String name, String value) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
    }

    private Answer send(String method, String path, byte[] body, String... headers) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\n")
                    .append("Accept-Language: en\r\n")
                    .append("Connection: close\r\n");
            if (!cookies.isEmpty()) {
                StringBuilder cookieHeader = new StringBuilder();
                cookies.forEach((name, value) -> cookieHeader.append(cookieHeader.isEmpty() ? "" : "; ")
                        .append(name).append('=').append(value));
                head.append("Cookie: ").append(cookieHeader).append("\r\n");
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private Answer read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String headers = end < 0 ? all : all.substring(0, end);
        byte[] rawBody = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (headers.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            rawBody = unchunk(rawBody);
        }
        String body = new String(rawBody, StandardCharsets.UTF_8);
        int status = Integer.parseInt(headers.substring(9, 12));
        Matcher cookie = SET_COOKIE.matcher(headers);
        while (cookie.find()) {
            boolean removed = cookie.group(2).isEmpty() || cookie.group(3).toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (removed) {
                cookies.remove(cookie.group(1));
            } else {
                cookies.put(cookie.group(1), cookie.group(2));
            }
        }
        Matcher token = CSRF.matcher(body);
        if (token.find()) {
            csrf = token.group(1);
        }
        return new Answer(status, headers, body);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The value attribute of the field named {@code name} in a page, or null. */
    public static String hiddenValue(String page, String name) {
        Matcher value = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        return value.find() ? value.group(1) : null;
    }
}
