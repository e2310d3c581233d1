package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.testing.RuleHarness.Reported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SemverRuleTest {

    private static final RuleContext CONTEXT = RuleContext.defaults(LocalDate.of(2025, 12, 1));
    private final SemverRule rule = new SemverRule();

    /**
     * Front matter version at line 3, history rows from line 12, footer three lines after the last
     * row (so at line 12 + rows + 3).
     */
    private static String doc(String version, String footer, String... historyVersions) {
        List<String> lines = new ArrayList<>(List.of(
                "---",
                "id: PROC-BACKEND-001",
                "version: " + version,
                "---",
                "",
                "# PROC-BACKEND-001: Prueba",
                "",
                "## Historial de Versiones",
                "",
                "| Versión | Fecha | Autor | Cambios |",
                "|---------|-------|-------|---------|"));
        for (String v : historyVersions) {
            lines.add("| " + v + " | 2025-11-18 | SRE | cambio |");
        }
        lines.add("");
        lines.add("---");
        lines.add("");
        if (footer != null) {
            lines.add("**Versión:** " + footer);
        }
        return String.join("\n", lines) + "\n";
    }

    private List<Reported> check(String markdown) {
        return RuleHarness.run(rule, RuleHarness.read(markdown), CONTEXT);
    }

    @Test
    void consistentVersionHasNoFinding() {
        assertEquals(List.of(), check(doc("1.2.0", "1.2.0", "1.0.0", "1.1.0", "1.2.0")));
    }

    /** The suggestion is never made from a value that is not a version (it could repeat a secret's digits). */
    @Test
    void noSuggestionIsMadeFromTextThatIsNotAVersion() {
        Reported f = check(doc("\"password=Kx4829.5567Yz\"", null)).get(0);
        assertTrue(f.message().endsWith("for example '1.0.0'"), f.message());
        assertFalse(f.message().contains("4829.5567.0"), f.message());
        Reported loose = check(doc("v2.3", null)).get(0);
        assertTrue(loose.message().endsWith("for example '2.3.0'"), loose.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.10", "v1.0.0", "V1.0.0", "01.0.0", "1.01.0", "1.0.01", "1.0", "1", "1.0.0.0",
            "1.0.0-01", "1.0.0-", "1.0.0+", "'v1.0.0'", "\"1.0.0 \""})
    void versionThatIsNotSemverAsWrittenIsReportedAtItsLine(String written) {
        List<Reported> findings = check(doc(written, null));
        assertEquals(1, findings.size(), findings.toString());
        Reported f = findings.get(0);
        assertEquals(3, f.line());
        assertEquals(10, f.column());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("is not SemVer 2.0.0 as written"), f.message());
    }

    @Test
    void messageSuggestsTheCorrectSpelling() {
        Reported f = check(doc("1.10", null)).get(0);
        assertEquals("version '1.10' is not SemVer 2.0.0 as written; write MAJOR.MINOR.PATCH without leading zeros "
                + "or 'v', for example '1.10.0'", f.message());
        assertEquals("version:1.10", f.fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "1.0.0", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7",
            "1.0.0-x.7.z.92", "1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85", "1.0.0+build.01"})
    void validSemverIsAccepted(String version) {
        assertTrue(SemverRule.parseStrict(version).isPresent(), version);
        assertEquals(List.of(), check(doc(version, version, version)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1.0.0", "1.0.0 ", "v1.0.0", "=1.0.0", "1.0.0\n"})
    void strictParsingRejectsWhatSemver4jForgives(String text) {
        assertFalse(SemverRule.parseStrict(text).isPresent());
    }

    @Test
    void footerThatDisagreesIsReportedAtTheFooterLine() {
        List<Reported> findings = check(doc("1.2.0", "1.1.0", "1.0.0", "1.1.0", "1.2.0"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(18, findings.get(0).line());
        assertEquals(1, findings.get(0).column());
        assertEquals("footer 'Versión' is '1.1.0' but version is '1.2.0' (line 3); write the same version in both",
                findings.get(0).message());
    }

    @Test
    void footerIsReadFromItsFirstWord() {
        assertEquals(List.of(), check(doc("1.2.0", "`1.2.0` (revisada)", "1.2.0")));
    }

    @Test
    void lastHistoryRowThatDisagreesIsReportedAtItsLine() {
        List<Reported> findings = check(doc("1.3.0", "1.3.0", "1.0.0", "1.1.0", "1.2.0"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(14, findings.get(0).line());
        assertTrue(findings.get(0).message().startsWith("newest version history row is '1.2.0' but version is "
                + "'1.3.0'"), findings.get(0).message());
    }

    @Test
    void newestFirstTableIsRecognisedFromTheData() {
        assertEquals(List.of(), check(doc("2.0.0", "2.0.0", "2.0.0", "1.1.0", "1.0.0")));
        List<Reported> findings = check(doc("2.1.0", "2.1.0", "2.0.0", "1.1.0", "1.0.0"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(12, findings.get(0).line(), "newest row of a newest-first table is the first one");
    }

    @Test
    void historyThatGoesBackIsReportedAtTheRowOutOfOrder() {
        List<Reported> findings = check(doc("1.2.0", "1.2.0", "1.0.0", "1.3.0", "1.1.0", "1.2.0"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(14, findings.get(0).line());
        assertTrue(findings.get(0).message().startsWith("version history is not in order: '1.1.0' (line 14) "
                + "should be higher than '1.3.0' (line 13)"), findings.get(0).message());
    }

    @Test
    void repeatedHistoryVersionIsNotAnIncrease() {
        List<Reported> findings = check(doc("1.1.0", "1.1.0", "1.0.0", "1.1.0", "1.1.0"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(14, findings.get(0).line());
        assertEquals("history-order:1.1.0>=1.1.0", findings.get(0).fingerprint());
    }

    @Test
    void historyOrderFollowsSemverPrecedence() {
        // semver.org item 11: pre-releases come before the release, numeric identifiers compare as numbers
        assertEquals(List.of(), check(doc("1.0.0", "1.0.0", "1.0.0-alpha.9", "1.0.0-alpha.10", "1.0.0-rc.1",
                "1.0.0")));
        // build metadata does not count for precedence (item 10), so it is no new version
        List<Reported> findings = check(doc("1.0.0+b", "1.0.0+b", "1.0.0+a", "1.0.0+b"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(13, findings.get(0).line());
    }

    @Test
    void invalidHistoryCellIsReportedAtItsRow() {
        List<Reported> findings = check(doc("1.1.0", "1.1.0", "1.0", "1.1.0"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(12, findings.get(0).line());
        assertTrue(findings.get(0).message().contains("'1.0', not a SemVer 2.0.0 version"), findings.get(0).message());
    }

    @Test
    void historyTableInsideCodeDoesNotCount() {
        String md = doc("1.0.0", "1.0.0", "1.0.0").replace("---\n\n**Versión:**",
                "```markdown\n## Historial de Versiones\n\n| Versión | Fecha |\n|---|---|\n| 9.9.9 | hoy |\n```\n\n"
                        + "---\n\n**Versión:**");
        assertEquals(List.of(), check(md));
    }

    @Test
    void labelUnderTheTitleIsNotAFooter() {
        String md = """
                # PROC-BACKEND-001: Prueba

                **Versión:** 1.0
                **Criticidad:** BAJA
                """;
        List<Reported> findings = check(md);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(3, findings.get(0).line());
        assertTrue(findings.get(0).message().startsWith("version '1.0' is not SemVer"), findings.get(0).message());
    }

    @Test
    void crlfFileGivesTheSameLines() {
        List<Reported> findings = check("\uFEFF" + doc("1.2.0", "1.1.0", "1.2.0").replace("\n", "\r\n"));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(16, findings.get(0).line());
    }

    @Test
    void registered() {
        assertTrue(RuleRegistry.byId("semver").orElseThrow() instanceof SemverRule);
    }
}
