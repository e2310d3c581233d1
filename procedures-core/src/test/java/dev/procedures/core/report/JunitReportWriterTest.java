package dev.procedures.core.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JunitReportWriterTest {

    @Test
    void writesOneFailingTestCasePerFinding() {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="procedures" tests="4" failures="4" errors="0" time="1.235">
                  <testsuite name="procedures" tests="4" failures="4" errors="0" skipped="0" time="1.235">
                    <testcase classname="docs/OPS-001-restart" name="required-metadata:1">
                      <failure message="Missing field 'Criticidad'; add a line '**Criticidad:** ALTA'." type="warning">docs/OPS-001-restart.md:1:1: warning [required-metadata] Missing field 'Criticidad'; add a line '**Criticidad:** ALTA'.</failure>
                    </testcase>
                    <testcase classname="docs/OPS-002-backup" name="id-format:3">
                      <failure message="Id 'OPS-2' does not match PREFIX-NNN; rename it to 'OPS-002'." type="error">docs/OPS-002-backup.md:3:5: error [id-format] Id 'OPS-2' does not match PREFIX-NNN; rename it to 'OPS-002'.</failure>
                    </testcase>
                    <testcase classname="docs/OPS-003-legacy" name="file-encoding:12">
                      <failure message="Byte 0xE9 is not UTF-8; save the file as UTF-8." type="error">docs/OPS-003-legacy.md:12:1: error [file-encoding] Byte 0xE9 is not UTF-8; save the file as UTF-8.</failure>
                    </testcase>
                    <testcase classname="docs/Índice &amp; &lt;notas&gt;" name="no-credentials:7">
                      <failure message="Key &quot;password&quot; holds 'p****'; use ${DB_PASSWORD} &amp; a vault &lt;ref&gt;, 100% sure: ok" type="info">docs/Índice &amp; &lt;notas&gt;.md:7:2: info [no-credentials] Key "password" holds 'p****'; use ${DB_PASSWORD} &amp; a vault &lt;ref&gt;, 100% sure: ok</failure>
                    </testcase>
                  </testsuite>
                </testsuites>
                """, ReportFixtures.render(ReportFormat.JUNIT, ReportFixtures.sample()));
    }

    @Test
    void writesOnePassingCaseWithoutFindings() {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="procedures" tests="1" failures="0" errors="0" time="0.005">
                  <testsuite name="procedures" tests="1" failures="0" errors="0" skipped="0" time="0.005">
                    <testcase classname="procedures" name="check"/>
                  </testsuite>
                </testsuites>
                """, ReportFixtures.render(ReportFormat.JUNIT, ReportFixtures.clean()));
    }

    @Test
    void isValidAgainstTheJunitSchema() throws Exception {
        XmlSchemas.validate(ReportFixtures.render(ReportFormat.JUNIT, ReportFixtures.sample()), "junit.xsd");
        XmlSchemas.validate(ReportFixtures.render(ReportFormat.JUNIT, ReportFixtures.clean()), "junit.xsd");
    }

    @Test
    void schemaRejectsATestCaseWithoutName() {
        String broken = ReportFixtures.render(ReportFormat.JUNIT, ReportFixtures.sample())
                .replace(" name=\"id-format:3\"", "");
        assertThrows(SAXException.class, () -> XmlSchemas.validate(broken, "junit.xsd"));
    }

    @Test
    void parserReadsBackTheFailureMessage() throws Exception {
        Document doc = CheckstyleReportWriterTest.parse(
                ReportFixtures.render(ReportFormat.JUNIT, ReportFixtures.sample()));
        Element failure = (Element) doc.getElementsByTagName("failure").item(3);
        assertEquals(ReportFixtures.ESCAPES.message(), failure.getAttribute("message"));
        assertEquals(ReportFixtures.ESCAPES.format(), failure.getTextContent());
    }

    @Test
    void classNameDropsOnlyTheExtensionOfTheFileName() {
        assertEquals("docs/OPS-001-restart", JunitReportWriter.withoutExtension("docs/OPS-001-restart.md"));
        assertEquals("v1.2/README", JunitReportWriter.withoutExtension("v1.2/README"));
        assertEquals("docs/.hidden", JunitReportWriter.withoutExtension("docs/.hidden"));
        assertEquals("a.b/c.d", JunitReportWriter.withoutExtension("a.b/c.d.md"));
    }

    @Test
    void timeIsSecondsWithThreeDecimals() {
        assertEquals("0.000", JunitReportWriter.seconds(0));
        assertEquals("0.001", JunitReportWriter.seconds(500_000));
        assertEquals("61.250", JunitReportWriter.seconds(61_250_000_000L));
    }
}
