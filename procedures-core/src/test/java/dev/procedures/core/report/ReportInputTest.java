package dev.procedures.core.report;

import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.rules.RuleDescriptor;
import dev.procedures.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportInputTest {

    @Test
    void sortsFindingsByPathLineColumnRule() {
        assertEquals(List.of(ReportFixtures.MISSING_FIELD, ReportFixtures.ID_FORMAT,
                        ReportFixtures.UNKNOWN_RULE, ReportFixtures.ESCAPES),
                ReportFixtures.sample().findings());
    }

    @Test
    void countsEverySeverityAndEachRule() {
        ReportInput input = ReportFixtures.sample();
        assertEquals(Map.of(Severity.ERROR, 2, Severity.WARNING, 1, Severity.INFO, 1),
                input.countBySeverity());
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
                new ArrayList<>(input.countBySeverity().keySet()));
        assertEquals(Map.of("file-encoding", 1, "id-format", 1, "no-credentials", 1,
                "required-metadata", 1), input.countByRule());
    }

    @Test
    void fromCheckResultTakesTheRegisteredRules() {
        Finding f = new Finding("id-format", Severity.ERROR, "a.md", 1, 0, "m", "k");
        ReportInput input = ReportInput.of(new CheckResult(List.of(f), 7, 42L), "2.0.0");
        assertEquals(List.of(f), input.findings());
        assertEquals(7, input.filesChecked());
        assertEquals(42L, input.elapsedNanos());
        assertEquals("2.0.0", input.toolVersion());
        assertEquals(RuleRegistry.ids(),
                new TreeSet<>(input.rules().stream().map(RuleDescriptor::id).toList()));
    }

    @Test
    void rejectsNegativeCounts() {
        assertThrows(IllegalArgumentException.class,
                () -> new ReportInput(List.of(), List.of(), -1, 0, "1"));
        assertThrows(IllegalArgumentException.class,
                () -> new ReportInput(List.of(), List.of(), 0, -1, "1"));
    }
}
