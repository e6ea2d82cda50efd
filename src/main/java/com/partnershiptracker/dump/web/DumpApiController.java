package com.partnershiptracker.dump.web;

import com.partnershiptracker.dump.DataDump;
import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.export.ExportColumns;
import com.partnershiptracker.export.ExportCutShort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The whole public record as one ZIP file, streamed as it is read: never kept by the page cache or any other
 * buffering filter (the path is listed in pagecache.PublicPageCache and traffic.TrafficConfiguration), and
 * taking its turn with the CSV exports, since it holds a database connection for the whole transfer.
 */
@RestController
@Tag(name = "Dump", description = "The whole public record in one file.")
class DumpApiController {

    static final String PATH = "/api/v1/dump";
    static final String MEDIA_TYPE = "application/zip";
    private static final Logger LOG = LoggerFactory.getLogger(DumpApiController.class);

    private final DataDump dump;
    private final CsvDownloads downloads;
    private final Clock clock;

    DumpApiController(DataDump dump, CsvDownloads downloads) {
        this.dump = dump;
        this.downloads = downloads;
        this.clock = Clock.systemUTC();
    }

    @GetMapping(path = PATH, produces = MEDIA_TYPE)
    @Operation(operationId = "downloadDump", summary = "Download the whole public record",
            description = """
                    A ZIP of CSV files, one per public table (organizations, their aliases and relations, people and \
                    their positions, agreements with their parties, areas and attendees, initiatives with their \
                    organizations, metrics, statements, sources and every citation), with a datapackage.json that \
                    describes them as a Frictionless Tabular Data Package: each file's columns and types, primary \
                    key and foreign keys. Streamed as the database is read, from one consistent snapshot. An archive \
                    cut short by the server (it ran longer than app.exports.max-duration) ends without its central \
                    directory, so that it does not unpack.""")
    @ApiResponse(responseCode = "200", description = "The archive, as an attachment named partnership-tracker-<date>.zip.",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "503", description = "Too many exports at once; try again after Retry-After seconds.")
    void download(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant created = clock.instant();
        String fileName = "partnership-tracker-" + created.atOffset(ZoneOffset.UTC).toLocalDate() + ".zip";
        String site = ExportColumns.site();
        if ("HEAD".equals(request.getMethod())) {
            // The headers only: reading the whole record to throw it away would hold a connection for nothing.
            sendHeaders(response, fileName);
            return;
        }
        boolean[] opened = {false};
        Runnable announce = () -> opened[0] = sendHeaders(response, fileName);
        try {
            downloads.inTurn(request, response, announce, () -> dump.write(() -> {
                if (!opened[0]) {
                    announce.run();
                }
                return body(response);
            }, created, site, downloads.maxDuration()));
        } catch (UncheckedIOException clientGone) {
            throw clientGone.getCause();
        } catch (RuntimeException failure) {
            if (!opened[0]) {
                throw failure;
            }
            // With no cause, so that no error handler writes a page into the archive: Tomcat closes the connection instead.
            ExportCutShort cut = failure instanceof ExportCutShort known ? known : new ExportCutShort("the server failed");
            LOG.warn("{} cut short: {}", fileName, cut.getMessage(), failure);
            throw cut;
        }
    }

    private static boolean sendHeaders(HttpServletResponse response, String fileName) {
        response.setContentType(MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static OutputStream body(HttpServletResponse response) {
        try {
            return new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
