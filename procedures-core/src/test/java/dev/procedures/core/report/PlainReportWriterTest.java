package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainReportWriterTest {

    @Test
    void writesOneSortedLinePerFinding() {
        assertEquals("""
                docs/OPS-001-restart.md:1:1: warning [required-metadata] Missing field 'Criticidad'; add a line '**Criticidad:** ALTA'.
                docs/OPS-002-backup.md:3:5: error [id-format] Id 'OPS-2' does not match PREFIX-NNN; rename it to 'OPS-002'.
                docs/OPS-003-legacy.md:12:1: error [file-encoding] Byte 0xE9 is not UTF-8; save the file as UTF-8.
                docs/Índice & <notas>.md:7:2: info [no-credentials] Key "password" holds 'p****'; use ${DB_PASSWORD} & a vault <ref>, 100% sure: ok
                """, ReportFixtures.render(ReportFormat.PLAIN, ReportFixtures.sample()));
    }

    @Test
    void keepsAMultiLineMessageOnOneLine() {
        Finding f = new Finding("id-format", Severity.ERROR, "a.md", 2, 0, "first\r\nsecond\nthird", "k");
        assertEquals("a.md:2:1: error [id-format] first second third\n", ReportFixtures.render(
                ReportFormat.PLAIN, new ReportInput(List.of(f), List.of(), 1, 0, "1")));
    }

    @Test
    void writesNothingWithoutFindings() {
        assertEquals("", ReportFixtures.render(ReportFormat.PLAIN, ReportFixtures.clean()));
    }
}
