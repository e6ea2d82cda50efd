package com.partnershiptracker.traffic;

import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real sockets: clients that send a body a byte at a time hold only their share of the request
 * threads, and everyone else is still served. The slow bodies here are never finished, so a request
 * that is answered at all was answered without its body being read.
 */
@SeededWebTest
@TestPropertySource(properties = {"app.request-bodies.max-per-client=2", "app.request-bodies.max-in-flight=3"})
class RequestBodyCapTests {

    private static final int WAIT_ROUNDS = 200;

    @LocalServerPort
    int port;

    @Autowired
    BodiesInFlight bodies;

    final List<Socket> slowBodies = new ArrayList<>();

    @AfterEach
    void closeSlowBodies() throws Exception {
        for (Socket socket : slowBodies) {
            socket.close();
        }
        awaitInFlight(0);
    }

    @Test
    void aClientOverItsShareGets503AtOnceWithoutItsBodyBeingReadWhileItsPagesAndOtherClientsAreServed() throws Exception {
        startSlowBody("127.0.0.1");
        startSlowBody("127.0.0.1");
        awaitInFlight(2);

        String refused = answerTo(startSlowBody("127.0.0.1"));
        assertThat(refused).startsWith("HTTP/1.1 503");
        assertThat(header(refused, "Retry-After")).isEqualTo(RequestBodyCap.RETRY_AFTER_SECONDS);
        assertThat(header(refused, "Connection")).isEqualTo("close");
        assertThat(refused).contains("<html", "The server is busy").doesNotContain("database");
        assertThat(header(refused, "Content-Security-Policy")).contains("default-src 'self'");
        assertThat(header(refused, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(refused, "X-Frame-Options")).isEqualTo("DENY");

        assertThat(answerTo(request("127.0.0.1", "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")))
                .startsWith("HTTP/1.1 200");
        assertThat(bodies.inFlight()).isEqualTo(2);
    }

    @Test
    void theServerAsAWholeKeepsBodiesToItsCapAcrossClients() throws Exception {
        startSlowBody("127.0.0.1");
        startSlowBody("127.0.0.2");
        startSlowBody("127.0.0.3");
        awaitInFlight(3);

        assertThat(answerTo(startSlowBody("127.0.0.4"))).startsWith("HTTP/1.1 503");
        assertThat(answerTo(request("127.0.0.4", "GET /timeline HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void aBodyThatCameWithItsHeadersTakesNoSlotSoAClientAtItsCapCanStillSignIn() throws Exception {
        startSlowBody("127.0.0.1");
        startSlowBody("127.0.0.1");
        awaitInFlight(2);

        assertThat(answerTo(completeSignIn("127.0.0.1"))).doesNotStartWith("HTTP/1.1 503");
    }

    @Test
    void aSlotIsGivenBackWhenItsRequestEnds() throws Exception {
        startSlowBody("127.0.0.1");
        startSlowBody("127.0.0.1");
        awaitInFlight(2);
        closeSlowBodies();
        slowBodies.clear();

        startSlowBody("127.0.0.1");
        awaitInFlight(1);
    }

    private Socket completeSignIn(String from) throws IOException {
        String body = "username=nobody&password=wrong";
        return request(from, "POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
    }

    /** A sign-in whose body promises 100000 bytes and sends one. */
    private Socket startSlowBody(String from) throws IOException {
        Socket socket = request(from, "POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nAccept-Language: en\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nu");
        slowBodies.add(socket);
        return socket;
    }

    private Socket request(String from, String text) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        socket.setSoTimeout(20_000);
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Everything the server sends until it closes the connection. */
    private static String answerTo(Socket socket) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            answer.write(buffer, 0, n);
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static String header(String answer, String name) {
        for (String line : answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return "";
    }

    /** The server takes a slot once it has read a request's headers, on a thread of its own: wait for it. */
    private void awaitInFlight(int expected) throws InterruptedException {
        for (int round = 0; round < WAIT_ROUNDS && bodies.inFlight() != expected; round++) {
            Thread.sleep(50);
        }
        assertThat(bodies.inFlight()).isEqualTo(expected);
    }
}
