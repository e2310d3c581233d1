package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummaryTest {

    @Test
    void countsBySeverityAndRule() {
        assertEquals("""
                Files checked: 4
                Findings: 4 (2 errors, 1 warning, 1 info)
                  file-encoding: 1
                  id-format: 1
                  no-credentials: 1
                  required-metadata: 1
                Time: 1.235 s""", Summary.text(ReportFixtures.sample()));
    }

    @Test
    void saysNoneWithoutFindings() {
        assertEquals("""
                Files checked: 2
                Findings: none
                Time: 0.005 s""", Summary.text(ReportFixtures.clean()));
    }

    @Test
    void addsUpFindingsOfOneRule() {
        Finding a = new Finding("id-format", Severity.WARNING, "a.md", 1, 0, "m", "1");
        Finding b = new Finding("id-format", Severity.WARNING, "b.md", 1, 0, "m", "2");
        Finding c = new Finding("id-format", Severity.INFO, "c.md", 1, 0, "m", "3");
        assertEquals("""
                Files checked: 3
                Findings: 3 (0 errors, 2 warnings, 1 info)
                  id-format: 3
                Time: 0.000 s""", Summary.text(new ReportInput(List.of(a, b, c), List.of(), 3, 0, "1")));
    }
}
