package com.partnershiptracker.websupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word a page shows comes from the message files, in both languages. */
class MessageFilesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}]");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");

    @Test
    void templatesHoldNoTextOutsideTheMessageFiles() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            literals.addAll(literalsIn(Files.readString(template), TEMPLATES.relativize(template).toString()));
        }
        assertThat(literals).as("text written into templates instead of messages.properties").isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextInAPageBody() {
        String page = """
                <html th:replace="~{fragments/layout :: layout(~{::title}, ~{::section})}">
                <head><title th:text="#{app.name}"></title></head>
                <body><section><h1>Hard-coded heading</h1><p th:text="#{app.name}">placeholder</p>
                <input placeholder="Type here"></section></body></html>""";
        assertThat(literalsIn(page, "sample.html"))
                .containsExactly("sample.html: \"Hard-coded heading\"", "sample.html: placeholder=\"Type here\"");
    }

    private static List<String> literalsIn(String html, String name) {
        List<String> literals = new ArrayList<>();
        Document document = Jsoup.parse(html, "", Parser.htmlParser());
        for (Element element : document.getAllElements()) {
            if (replaces(element) || isReplacedByAncestor(element)) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                if (LETTERS.matcher(text.text()).find()) {
                    literals.add(name + ": \"" + text.text().strip() + "\"");
                }
            }
            for (String attribute : TEXT_ATTRIBUTES) {
                if (element.hasAttr(attribute) && LETTERS.matcher(element.attr(attribute)).find()) {
                    literals.add(name + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                }
            }
        }
        return literals;
    }

    /** Whether the element's own content is replaced; a page's html element hands its content to the layout instead. */
    private static boolean replaces(Element element) {
        return !element.tagName().equals("html") && REPLACING.stream().anyMatch(element::hasAttr);
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> korean = load("messages_ko.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).as("keys in English only").containsAll(korean);
        assertThat(new TreeSet<>(korean)).as("keys in Korean only").containsAll(english);
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!english.contains(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumTheInterfaceShowsHasALabel() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        List<Class<? extends Enum<?>>> shown = List.of(
                com.partnershiptracker.organization.OrganizationKind.class, com.partnershiptracker.organization.RelationKind.class,
                com.partnershiptracker.agreement.AgreementKind.class, com.partnershiptracker.agreement.AgreementStatus.class,
                com.partnershiptracker.agreement.AgreementSort.class, com.partnershiptracker.agreement.PartyRole.class,
                com.partnershiptracker.agreement.AttendeeRole.class, com.partnershiptracker.initiative.InitiativeKind.class,
                com.partnershiptracker.initiative.InitiativeStatus.class, com.partnershiptracker.initiative.InitiativeRole.class,
                com.partnershiptracker.initiative.MetricKind.class, com.partnershiptracker.shared.FactKind.class,
                com.partnershiptracker.timeline.TimelineEntryKind.class, com.partnershiptracker.timeline.TimelineOrder.class,
                com.partnershiptracker.source.SourceKind.class);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + value.name();
                if (!english.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean isReplacedByAncestor(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (replaces(parent)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageFilesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
