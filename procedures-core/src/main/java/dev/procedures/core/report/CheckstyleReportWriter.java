package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

/**
 * {@link ReportFormat#CHECKSTYLE}: the XML of Checkstyle's {@code XMLLogger}, which
 * maven-checkstyle-plugin writes as {@code checkstyle-result.xml} and which Jenkins
 * (warnings-ng), SonarQube and reviewdog read:
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <checkstyle version="0.1.0">
 * <file name="docs/OPS-001-restart.md">
 * <error line="3" column="5" severity="error" message="..." source="id-format"/>
 * </file>
 * </checkstyle>
 * }</pre>
 *
 * <p>As in XMLLogger: one element per line without indentation, files sorted by name, findings
 * in file order, {@code column} omitted when 0, {@code severity} {@code error|warning|info}.
 * Differences: {@code version} is this tool's version, {@code name} is the relative path,
 * {@code source} is the rule id, and {@code line} is at least 1 (a finding on the whole file is
 * reported on line 1, as in the plain format).
 */
final class CheckstyleReportWriter implements ReportWriter {

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding f : input.findings()) {
            byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
        }
        XmlOutput.write(out, xml -> {
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", XmlOutput.attribute(input.toolVersion()));
            xml.writeCharacters("\n");
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                xml.writeStartElement("file");
                xml.writeAttribute("name", XmlOutput.attribute(file.getKey()));
                xml.writeCharacters("\n");
                for (Finding f : file.getValue()) {
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", Integer.toString(Math.max(f.line(), 1)));
                    if (f.column() > 0) {
                        xml.writeAttribute("column", Integer.toString(f.column()));
                    }
                    xml.writeAttribute("severity", f.severity().label());
                    xml.writeAttribute("message", XmlOutput.attribute(f.message()));
                    xml.writeAttribute("source", XmlOutput.attribute(f.ruleId()));
                    xml.writeCharacters("\n");
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
        });
    }
}
