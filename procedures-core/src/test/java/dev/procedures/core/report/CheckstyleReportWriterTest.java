package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CheckstyleReportWriterTest {

    @Test
    void writesCheckstyleLayoutWithFilesSortedAndColumnOnlyWhenKnown() {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="1.2.3">
                <file name="docs/OPS-001-restart.md">
                <error line="1" severity="warning" message="Missing field 'Criticidad'; add a line '**Criticidad:** ALTA'." source="required-metadata"/>
                </file>
                <file name="docs/OPS-002-backup.md">
                <error line="3" column="5" severity="error" message="Id 'OPS-2' does not match PREFIX-NNN; rename it to 'OPS-002'." source="id-format"/>
                </file>
                <file name="docs/OPS-003-legacy.md">
                <error line="12" severity="error" message="Byte 0xE9 is not UTF-8; save the file as UTF-8." source="file-encoding"/>
                </file>
                <file name="docs/Índice &amp; &lt;notas&gt;.md">
                <error line="7" column="2" severity="info" message="Key &quot;password&quot; holds 'p****'; use ${DB_PASSWORD} &amp; a vault &lt;ref&gt;, 100% sure: ok" source="no-credentials"/>
                </file>
                </checkstyle>
                """, ReportFixtures.render(ReportFormat.CHECKSTYLE, ReportFixtures.sample()));
    }

    @Test
    void groupsSeveralFindingsOfOneFileUnderOneFileElement() {
        Finding second = new Finding("id-format", Severity.WARNING, "docs/OPS-002-backup.md", 9, 0,
                "Second.", "k");
        ReportInput input = new ReportInput(List.of(second, ReportFixtures.ID_FORMAT),
                ReportFixtures.RULES, 1, 0, "1.2.3");
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="1.2.3">
                <file name="docs/OPS-002-backup.md">
                <error line="3" column="5" severity="error" message="Id 'OPS-2' does not match PREFIX-NNN; rename it to 'OPS-002'." source="id-format"/>
                <error line="9" severity="warning" message="Second." source="id-format"/>
                </file>
                </checkstyle>
                """, ReportFixtures.render(ReportFormat.CHECKSTYLE, input));
    }

    @Test
    void writesEmptyRootWithoutFindings() {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="1.2.3">
                </checkstyle>
                """, ReportFixtures.render(ReportFormat.CHECKSTYLE, ReportFixtures.clean()));
    }

    @Test
    void isValidAgainstTheCheckstyleSchema() throws Exception {
        XmlSchemas.validate(ReportFixtures.render(ReportFormat.CHECKSTYLE, ReportFixtures.sample()),
                "checkstyle.xsd");
        XmlSchemas.validate(ReportFixtures.render(ReportFormat.CHECKSTYLE, ReportFixtures.clean()),
                "checkstyle.xsd");
    }

    @Test
    void schemaRejectsAnErrorWithoutSeverity() {
        String broken = ReportFixtures.render(ReportFormat.CHECKSTYLE, ReportFixtures.sample())
                .replace(" severity=\"error\"", "");
        assertThrows(SAXException.class, () -> XmlSchemas.validate(broken, "checkstyle.xsd"));
    }

    @Test
    void parserReadsBackTheExactMessageAndPath() throws Exception {
        Document doc = parse(ReportFixtures.render(ReportFormat.CHECKSTYLE, ReportFixtures.sample()));
        Element file = (Element) doc.getElementsByTagName("file").item(3);
        Element error = (Element) file.getElementsByTagName("error").item(0);
        assertEquals(ReportFixtures.ESCAPES.path(), file.getAttribute("name"));
        assertEquals(ReportFixtures.ESCAPES.message(), error.getAttribute("message"));
    }

    @Test
    void controlCharactersAndLineBreaksStayWellFormed() throws Exception {
        Finding odd = new Finding("id-format", Severity.ERROR, "a.md", 1, 0,
                "first line\r\nsecond\u0001line\ud800", "k");
        String xml = ReportFixtures.render(ReportFormat.CHECKSTYLE,
                new ReportInput(List.of(odd), List.of(), 1, 0, "1.2.3"));
        assertFalse(xml.contains("\u0001"));
        Element error = (Element) parse(xml).getElementsByTagName("error").item(0);
        assertEquals("first line second\uFFFDline\uFFFD", error.getAttribute("message"));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
