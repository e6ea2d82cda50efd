/**
 * Bulk import of CSV files at /admin/import: a file is kept in the database ({@link ImportUploads}), read
 * ({@link CsvFile}), planned row by row (create, update, unchanged or error) and shown before anything is
 * saved, then applied in one transaction as one revision ({@link ImportService}).
 *
 * <h2>Adding a layout (one class and its messages)</h2>
 * <ol>
 *   <li>Write a {@code @Component} implementing {@link ImportLayout} in this package: its {@code name()}
 *       (the URL and message key part, e.g. {@code people}), its {@code columns()} (exactly the columns of
 *       the feature's CSV export, so an export re-imports unchanged; columns the import may go without in
 *       {@code optionalColumns()}), two {@code examples()}, the {@code exportPath()}, and {@code start()},
 *       which returns an {@link ImportRun}: it plans a chunk of {@link ImportRow}s (at most
 *       {@link ImportService#CHUNK} at a time) into {@link RowPlan}s. Look records up once per chunk, never
 *       once per row; resolve organizations through an {@link OrganizationDirectory} made in {@code start()} (errors: OrganizationReferenceErrors), and those {@code create_if_missing} creates through {@link OrganizationsToCreate}; read dates, choices and lists with {@link ImportValues}, and throw {@link RowProblem} for a bad cell. A plan's apply step
 *       saves through the feature's own service, never another feature's repository.</li>
 *   <li>Add the messages, in messages.properties and messages_ko.properties: {@code import.layout.<name>}
 *       (its name in the chooser) and {@code import.help.<name>.<column>} for every column (the template's help row).</li>
 * </ol>
 * The engine does the rest: the page's chooser, the template download, the file checks (encoding, binary,
 * header, formula cells, row limits), the preview's paging and totals, the errors CSV and the one revision.
 */
package com.partnershiptracker.importing;
