package com.partnershiptracker.websupport;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import java.io.IOException;

/** Gives each request a {@link ClientConnection} to ask: only a valve sees Tomcat's request, with its socket, behind the facade. */
final class ClientConnectionValve extends ValveBase {

    ClientConnectionValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        ClientConnection.watch(request);
        getNext().invoke(request, response);
    }
}
