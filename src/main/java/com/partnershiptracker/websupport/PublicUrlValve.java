package com.partnershiptracker.websupport;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Makes every request name the configured public address (scheme, host and port) instead of the
 * one in its Host header, before the application sees it. Absolute links (the Atom feed, the CSV
 * exports), redirects and the page cache's keys are built from the request's server name, which
 * Tomcat otherwise takes from the Host header as the client sent it.
 */
final class PublicUrlValve extends ValveBase {

    private final String scheme;
    private final String host;
    private final int port;
    private final String hostHeader;

    PublicUrlValve(URI publicUrl) {
        super(true);
        this.scheme = publicUrl.getScheme().toLowerCase(Locale.ROOT);
        this.host = publicUrl.getHost();
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        this.port = publicUrl.getPort() == -1 ? defaultPort : publicUrl.getPort();
        this.hostHeader = port == defaultPort ? host : host + ":" + port;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        request.getCoyoteRequest().scheme().setString(scheme);
        request.setSecure("https".equals(scheme));
        request.getCoyoteRequest().serverName().setString(host);
        request.setServerPort(port);
        request.getCoyoteRequest().getMimeHeaders().setValue("host").setString(hostHeader);
        getNext().invoke(request, response);
    }

    /**
     * The public address as configured, checked: an http or https URL with a host and nothing
     * after it but an optional slash.
     *
     * @throws IllegalArgumentException when it is not such a URL
     */
    static URI parse(String configured) {
        URI url;
        try {
            url = URI.create(configured.strip());
        } catch (IllegalArgumentException e) {
            throw notAPublicUrl(configured);
        }
        boolean web = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
        boolean bare = (url.getRawPath() == null || url.getRawPath().isEmpty() || "/".equals(url.getRawPath()))
                && url.getRawQuery() == null && url.getRawFragment() == null && url.getRawUserInfo() == null;
        if (!web || url.getHost() == null || !bare) {
            throw notAPublicUrl(configured);
        }
        return url;
    }

    private static IllegalArgumentException notAPublicUrl(String configured) {
        return new IllegalArgumentException("app.public-url (APP_PUBLIC_URL) must be the site's address, such as "
                + "https://partners.example.org, with no path, query or credentials; it is: " + configured);
    }
}
