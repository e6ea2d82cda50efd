package com.partnershiptracker.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client for tests over real HTTP. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    public static HttpResponse<String> get(int port, String pathAndQuery, String language) {
        return get(port, pathAndQuery, "Accept-Language", language);
    }

    /** A GET with the headers given as name, value, name, value… */
    public static HttpResponse<String> get(int port, String pathAndQuery, String... headers) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                    .headers(headers).GET().build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
