package dev.procedures.core.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the findings of one run in one {@link ReportFormat}. Implementations are stateless and
 * thread-safe; get them from {@link Reports#writer(ReportFormat)}.
 */
public interface ReportWriter {

    /**
     * Writes the report as UTF-8 bytes with LF line endings. The stream is flushed, not closed.
     *
     * @param input the findings, rules and run facts
     * @param out   where the bytes go
     * @throws IOException if writing to {@code out} fails
     */
    void write(ReportInput input, OutputStream out) throws IOException;
}
