package dev.procedures.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonReportWriterTest {

    @Test
    void writesToolSummaryAndSortedFindings() {
        assertEquals("""
                {
                  "tool": "procedures-maven-plugin",
                  "version": "1.2.3",
                  "filesChecked": 4,
                  "summary": {
                    "error": 2,
                    "warning": 1,
                    "info": 1
                  },
                  "findings": [
                    {
                      "rule": "required-metadata",
                      "severity": "warning",
                      "path": "docs/OPS-001-restart.md",
                      "line": 0,
                      "column": 0,
                      "message": "Missing field 'Criticidad'; add a line '**Criticidad:** ALTA'.",
                      "fingerprint": "field:criticidad"
                    },
                    {
                      "rule": "id-format",
                      "severity": "error",
                      "path": "docs/OPS-002-backup.md",
                      "line": 3,
                      "column": 5,
                      "message": "Id 'OPS-2' does not match PREFIX-NNN; rename it to 'OPS-002'.",
                      "fingerprint": "id:OPS-2"
                    },
                    {
                      "rule": "file-encoding",
                      "severity": "error",
                      "path": "docs/OPS-003-legacy.md",
                      "line": 12,
                      "column": 0,
                      "message": "Byte 0xE9 is not UTF-8; save the file as UTF-8.",
                      "fingerprint": ""
                    },
                    {
                      "rule": "no-credentials",
                      "severity": "info",
                      "path": "docs/Índice & <notas>.md",
                      "line": 7,
                      "column": 2,
                      "message": "Key \\"password\\" holds 'p****'; use ${DB_PASSWORD} & a vault <ref>, 100% sure: ok",
                      "fingerprint": "sha256:5e88"
                    }
                  ]
                }
                """, ReportFixtures.render(ReportFormat.JSON, ReportFixtures.sample()));
    }

    @Test
    void writesZeroCountsAndEmptyListWithoutFindings() {
        assertEquals("""
                {
                  "tool": "procedures-maven-plugin",
                  "version": "1.2.3",
                  "filesChecked": 2,
                  "summary": {
                    "error": 0,
                    "warning": 0,
                    "info": 0
                  },
                  "findings": []
                }
                """, ReportFixtures.render(ReportFormat.JSON, ReportFixtures.clean()));
    }

    @Test
    void messageReadsBackUnchanged() throws Exception {
        String json = ReportFixtures.render(ReportFormat.JSON, ReportFixtures.sample());
        assertEquals(ReportFixtures.ESCAPES.message(),
                new ObjectMapper().readTree(json).at("/findings/3/message").asText());
    }
}
