package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@link ReportFormat#JUNIT}: JUnit XML in the Ant/Jenkins dialect that the Jenkins JUnit plugin
 * and GitLab unit test reports read.
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <testsuites name="procedures" tests="2" failures="2" errors="0" time="0.250">
 *   <testsuite name="procedures" tests="2" failures="2" errors="0" skipped="0" time="0.250">
 *     <testcase classname="docs/OPS-001-restart" name="id-format:3">
 *       <failure message="..." type="error">docs/OPS-001-restart.md:3:5: error [id-format] ...</failure>
 *     </testcase>
 *   </testsuite>
 * </testsuites>
 * }</pre>
 *
 * <p>Layout choices, made for how the CI pages show these files:
 * <ul>
 *   <li>One {@code testcase} per finding, not per file: Jenkins and GitLab show one failure
 *       message per test case, so a per-file case would hide all but one finding; one case per
 *       finding also makes the failure count equal to the finding count.</li>
 *   <li>{@code classname} is the file path without its extension
 *       ({@code docs/OPS-001-restart}): Jenkins splits a class name at its last dot into package
 *       and class, so {@code docs/OPS-001-restart.md} would show as class {@code md}. The full
 *       path stays in the failure text.</li>
 *   <li>{@code name} is {@code rule:line} ({@code line} at least 1).</li>
 *   <li>Every finding is a {@code failure} whose {@code type} is its severity; whether it fails
 *       the build is decided by the fail severity, not by this report.</li>
 *   <li>Without findings there is one passing case {@code classname="procedures"
 *       name="check"}, so CI pages show a passed test rather than "no tests".</li>
 *   <li>{@code time} is the run's wall time in seconds with three decimals, on the suites only.</li>
 * </ul>
 */
final class JunitReportWriter implements ReportWriter {

    /** Suite name, and class name of the passing case written when there are no findings. */
    static final String SUITE = "procedures";

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        int failures = input.findings().size();
        int tests = Math.max(failures, 1);
        String time = seconds(input.elapsedNanos());
        XmlOutput.write(out, xml -> {
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", time);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", time);
            if (failures == 0) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("testcase");
                xml.writeAttribute("classname", SUITE);
                xml.writeAttribute("name", "check");
            }
            for (Finding f : input.findings()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", XmlOutput.attribute(withoutExtension(f.path())));
                xml.writeAttribute("name", XmlOutput.attribute(f.ruleId() + ":" + Math.max(f.line(), 1)));
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("message", XmlOutput.attribute(f.message()));
                xml.writeAttribute("type", f.severity().label());
                xml.writeCharacters(XmlOutput.content(f.format()));
                xml.writeEndElement();
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    /** @return the path without the extension of its last segment, if that segment has one */
    static String withoutExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    /** @return nanoseconds as seconds with three decimals, {@code .} as decimal separator */
    static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
