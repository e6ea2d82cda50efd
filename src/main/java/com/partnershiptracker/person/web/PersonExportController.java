package com.partnershiptracker.person.web;

import com.partnershiptracker.export.CsvDownloads;
import com.partnershiptracker.person.PersonCsv;
import com.partnershiptracker.person.PersonService;
import com.partnershiptracker.person.Position;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every person with their positions as a CSV file, in the import's people layout. */
@RestController
class PersonExportController {

    private final PersonService people;
    private final CsvDownloads downloads;

    PersonExportController(PersonService people, CsvDownloads downloads) {
        this.people = people;
        this.downloads = downloads;
    }

    @GetMapping("/people.csv")
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.<List<String>>start(request, response, "people.csv", PersonCsv.COLUMNS, Function.identity())
                .write(sink -> {
                    Map<Long, List<Position>> positions = people.allPositions().stream()
                            .collect(Collectors.groupingBy(position -> position.getPerson().getId()));
                    List<List<String>> rows = PersonCsv.rows(people.allWithAliases(), positions);
                    sink.open();
                    rows.forEach(sink::accept);
                });
    }
}
