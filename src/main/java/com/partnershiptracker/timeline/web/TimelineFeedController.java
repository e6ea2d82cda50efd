package com.partnershiptracker.timeline.web;

import com.partnershiptracker.export.ExportColumns;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.websupport.Display;
import com.partnershiptracker.source.SourceCitation;
import com.partnershiptracker.timeline.TimelineEntry;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineHeadlines;
import com.partnershiptracker.timeline.TimelineOrder;
import com.partnershiptracker.timeline.TimelineService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The filtered timeline as an Atom feed, newest first, so each partner filter is a feed of its
 * own. An entry's updated time is the start of its fact's date; the content says how precise that date is.
 * A feed is read for what is new, so it holds the latest {@value #FEED_SIZE} entries; when the filter
 * matches more, its subtitle says so and a related link leads to the CSV file that holds them all.
 */
@RestController
class TimelineFeedController {

    static final int FEED_SIZE = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final TimelineService timeline;
    private final Display display;
    private final TimelineHeadlines headlines;
    private final MessageSource messages;

    TimelineFeedController(TimelineService timeline, Display display, TimelineHeadlines headlines, MessageSource messages) {
        this.timeline = timeline;
        this.display = display;
        this.headlines = headlines;
        this.messages = messages;
    }

    @GetMapping("/timeline.atom")
    ResponseEntity<String> feed(@ModelAttribute TimelineQuery query, HttpServletRequest request) throws XMLStreamException {
        TimelineFilter filter = query.toFilter().ordered(TimelineOrder.NEWEST_FIRST);
        List<TimelineEntry> read = new ArrayList<>(FEED_SIZE + 1);
        timeline.forEachMatching(filter, FEED_SIZE + 1, new ExportSink<>() {
            @Override
            public void open() {
            }

            @Override
            public void accept(TimelineEntry entry) {
                read.add(entry);
            }
        });
        boolean cut = read.size() > FEED_SIZE;
        List<TimelineEntry> entries = cut ? read.subList(0, FEED_SIZE) : read;
        String self = ServletUriComponentsBuilder.fromRequest(request).toUriString();
        String page = ServletUriComponentsBuilder.fromRequest(request).replacePath(request.getContextPath() + "/timeline")
                .toUriString();

        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", LocaleContextHolder.getLocale().getLanguage());
        element(xml, "id", self);
        element(xml, "title", messages.getMessage("feed.title", null, LocaleContextHolder.getLocale()));
        if (cut) {
            element(xml, "subtitle", messages.getMessage("feed.latestOnly", new Object[] {FEED_SIZE},
                    LocaleContextHolder.getLocale()));
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "related");
            xml.writeAttribute("type", "text/csv");
            xml.writeAttribute("href", ServletUriComponentsBuilder.fromRequest(request)
                    .replacePath(request.getContextPath() + "/timeline.csv").toUriString());
        }
        element(xml, "updated", entries.isEmpty() ? Instant.EPOCH.toString() : updated(entries.get(0)));
        link(xml, "self", self);
        link(xml, "alternate", page);
        xml.writeStartElement("author");
        element(xml, "name", messages.getMessage("app.name", null, LocaleContextHolder.getLocale()));
        xml.writeEndElement();
        for (TimelineEntry entry : entries) {
            String url = ExportColumns.url(entry.link().path());
            xml.writeStartElement("entry");
            element(xml, "id", url + "#" + entry.kind().name().toLowerCase() + "-" + entry.fact().kind().name().toLowerCase()
                    + "-" + entry.fact().id());
            element(xml, "title", headlines.of(entry));
            element(xml, "updated", updated(entry));
            link(xml, "alternate", url);
            element(xml, "content", content(entry));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(text.toString());
    }

    private String content(TimelineEntry entry) {
        // The title says what happened; the content gives its kind, date and organizations, then the detail.
        StringBuilder content = new StringBuilder(display.label(entry.shownKind())).append(" · ")
                .append(display.date(entry.date()));
        if (!entry.organizations().isEmpty()) {
            content.append(" · ").append(entry.organizations().stream()
                    .map(organization -> display.text(organization.name())).collect(Collectors.joining(", ")));
        }
        String detail = headlines.detail(entry);
        if (!detail.isEmpty()) {
            content.append("\n").append(detail);
        }
        for (SourceCitation citation : entry.citations()) {
            content.append("\n").append(messages.getMessage("feed.source", null, LocaleContextHolder.getLocale()))
                    .append(": ").append(citation.publisher()).append(", ").append(display.text(citation.headline()));
        }
        return content.toString();
    }

    private static String updated(TimelineEntry entry) {
        return entry.date().start().atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String relation, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("href", href);
    }
}
