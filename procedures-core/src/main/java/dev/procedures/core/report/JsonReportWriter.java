package dev.procedures.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * {@link ReportFormat#JSON}: this tool's own stable JSON, for scripts.
 *
 * <pre>{@code
 * {
 *   "tool": "procedures-maven-plugin",
 *   "version": "0.1.0",
 *   "filesChecked": 12,
 *   "summary": {"error": 1, "warning": 0, "info": 0},
 *   "findings": [
 *     {"rule": "id-format", "severity": "error", "path": "docs/OPS-001-restart.md",
 *      "line": 3, "column": 5, "message": "...", "fingerprint": "..."}
 *   ]
 * }
 * }</pre>
 *
 * <p>Keys always appear in this order, every severity is in {@code summary} (0 when none),
 * findings are sorted by path, line, column, rule; {@code line} and {@code column} are as in the
 * finding (0 = whole file / no column). The run time is left out so that two runs over the same
 * files give the same bytes.
 */
final class JsonReportWriter implements ReportWriter {

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        ObjectNode root = JsonOutput.object();
        root.put("tool", Reports.TOOL_NAME);
        root.put("version", input.toolVersion());
        root.put("filesChecked", input.filesChecked());
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<Severity, Integer> e : input.countBySeverity().entrySet()) {
            summary.put(e.getKey().label(), e.getValue());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : input.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.ruleId());
            n.put("severity", f.severity().label());
            n.put("path", f.path());
            n.put("line", f.line());
            n.put("column", f.column());
            n.put("message", f.message());
            n.put("fingerprint", f.fingerprint());
        }
        JsonOutput.write(root, out);
    }
}
