package com.partnershiptracker.export;

/**
 * Where a streamed export's rows go. The reader opens it once the database has answered (the
 * transaction is open and the cursor about to be read), so that a database out of reach is still
 * an error page and not the start of a file; then it hands over the rows one by one. (A CSV file
 * that had to wait for its turn to read was opened before the wait, and opening it again does nothing.)
 */
public interface ExportSink<T> {

    void open();

    void accept(T row);
}
