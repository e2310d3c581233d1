package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@link ReportFormat#PLAIN}: one {@link Finding#format()} line per finding, LF-terminated. */
final class PlainReportWriter implements ReportWriter {

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Finding f : input.findings()) {
            sb.append(f.format().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '))
                    .append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
