package com.partnershiptracker.security;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import jakarta.servlet.ServletException;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * The error page of the errors Tomcat answers itself, before the application sees the request: a
 * request line or header it cannot read, a URL or header too long, an HTTP version it does not
 * speak. Instead of Tomcat's plain report, the site's own error page, with every security header
 * the application sets. It is made from the message files once, at start-up, and never touches the
 * database. No language is resolved this early, so the page says it in English and in Korean.
 * Under /api/ the answer is RFC 9457 problem details, as every other API error is (SiteErrorController),
 * unless the client asks for HTML: an encoded slash, backslash or NUL in an API path is refused here.
 */
final class BrandedErrorReportValve extends ErrorReportValve {

    private final BiConsumer<Request, Response> securityHeaders;
    private final String badRequestPage;
    private final String notFoundPage;
    private final String serverErrorPage;
    private final Properties english;

    BrandedErrorReportValve(BiConsumer<Request, Response> securityHeaders) {
        this.securityHeaders = securityHeaders;
        this.english = messages("messages.properties");
        Properties korean = messages("messages_ko.properties");
        this.badRequestPage = page(english, korean, "error.badRequest");
        this.notFoundPage = page(english, korean, "error.notFound");
        this.serverErrorPage = page(english, korean, "error.serverError");
    }

    /**
     * A request Tomcat refused while reading it (TRACE) reaches the host already marked as an error; its error page
     * is rendered in an error dispatch, where the application's header writers do not run, so they run here first.
     */
    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (response.isError() && !response.isCommitted()) {
            securityHeaders.accept(request, response);
        }
        super.invoke(request, response);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (status < 400 || response.getContentWritten() > 0 || !ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        try {
            securityHeaders.accept(request, response);
            boolean problem = isApiRequestNotAskingForHtml(request);
            response.setContentType(problem ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(problem ? problem(status, request.getRequestURI())
                        : status == 404 ? notFoundPage : status >= 500 ? serverErrorPage : badRequestPage);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: there is nobody left to tell.
        }
    }

    private static boolean isApiRequestNotAskingForHtml(Request request) {
        String uri = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return uri != null && uri.startsWith("/api/")
                && (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/html"));
    }

    /** The problem details of SiteErrorController's JSON answer, in English (no language is resolved this early). */
    private String problem(int status, String uri) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        String key = status == 404 ? "error.notFound.text" : status >= 500 ? "error.serverError.text" : "error.badRequest.text";
        problem.put("detail", english.getProperty(key, key));
        problem.put("instance", uri);
        return JsonMapper.shared().writeValueAsString(problem);
    }

    private static Properties messages(String file) {
        try (InputStream in = BrandedErrorReportValve.class.getClassLoader().getResourceAsStream(file)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same frame as the site's pages (stylesheets, header, an error section), in both languages. */
    private static String page(Properties english, Properties korean, String key) {
        String appName = text(english, "app.name");
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · %s</title>
                <link rel="stylesheet" href="/webjars/bootstrap/5.3.8/css/bootstrap.min.css">
                <link rel="stylesheet" href="/css/app.css">
                </head>
                <body>
                <header class="site-header"><nav class="navbar"><div class="container">
                <a class="navbar-brand" href="/">%s</a>
                </div></nav></header>
                <main id="main" class="container">
                <section class="error-page">
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="/">%s</a></p>
                </section>
                <section class="error-page" lang="ko">
                <h2>%s</h2>
                <p>%s</p>
                <p><a href="/">%s</a></p>
                </section>
                </main>
                </body>
                </html>
                """.formatted(text(english, key + ".title"), appName, appName,
                text(english, key + ".title"), text(english, key + ".text"), text(english, "error.backHome"),
                text(korean, key + ".title"), text(korean, key + ".text"), text(korean, "error.backHome"));
    }

    private static String text(Properties messages, String key) {
        return HtmlUtils.htmlEscape(messages.getProperty(key, key), "UTF-8");
    }
}
