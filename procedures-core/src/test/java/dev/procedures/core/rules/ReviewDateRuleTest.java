package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.testing.RuleHarness.Reported;
import dev.procedures.core.testing.SharedData;
import dev.procedures.core.vocabulary.Frequency;
import dev.procedures.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewDateRuleTest {

    private final ReviewDateRule rule = new ReviewDateRule();

    /** Last update at line 4 (value column 23), footer Próxima revisión at line 8 when given. */
    private static String doc(String frequency, String lastUpdate, String nextReview) {
        return "---\n"
                + "id: PROC-BACKEND-001\n"
                + (frequency == null ? "autor: SRE\n" : "frecuencia: " + frequency + "\n")
                + "ultima_actualizacion: " + lastUpdate + "\n"
                + "---\n"
                + "# PROC-BACKEND-001: Prueba\n"
                + "\n"
                + (nextReview == null ? "" : "**Próxima revisión:** " + nextReview + "\n");
    }

    private List<Reported> check(String markdown, LocalDate today) {
        return RuleHarness.run(rule, RuleHarness.read(markdown), RuleContext.defaults(today));
    }

    @ParameterizedTest(name = "{0}: due {2}")
    @CsvSource({
            "diaria, 2025-09-01, 2025-12-01",
            "semanal, 2025-09-01, 2025-12-01",
            "mensual, 2025-06-01, 2025-12-01",
            "trimestral, 2024-12-01, 2025-12-01",
            "on-demand, 2024-12-01, 2025-12-01",
            "por_demanda, 2024-12-01, 2025-12-01",
            "emergencia, 2024-12-01, 2025-12-01"})
    void reviewDueTodayIsOnlyAWarningAndOneDayLaterAnError(String frequency, String lastUpdate, String due) {
        LocalDate dueDate = LocalDate.parse(due);
        List<Reported> onDue = check(doc(frequency, lastUpdate, null), dueDate);
        assertEquals(1, onDue.size(), onDue.toString());
        assertEquals(Severity.WARNING, onDue.get(0).severity());
        assertEquals(4, onDue.get(0).line());
        assertEquals(23, onDue.get(0).column());

        List<Reported> after = check(doc(frequency, lastUpdate, null), dueDate.plusDays(1));
        assertEquals(1, after.size(), after.toString());
        assertEquals(Severity.ERROR, after.get(0).severity());
        assertEquals(4, after.get(0).line());
        assertTrue(after.get(0).message().startsWith("review overdue: last updated " + lastUpdate + ", frecuencia "),
                after.get(0).message());
        assertTrue(after.get(0).message().contains("so it was due " + due + " (1 days ago)"), after.get(0).message());
    }

    @ParameterizedTest(name = "frecuencia {0}")
    @CsvSource({"mensual", "none"})
    void aDateInTheLastYearISOAllowsIsInTheFutureNotACrash(String frequency) {
        List<Reported> found = check(doc(frequency.equals("none") ? null : frequency, "+999999999-12-01", null),
                LocalDate.of(2026, 11, 29));
        assertEquals(1, found.size(), found.toString());
        assertEquals(4, found.get(0).line());
        assertTrue(found.get(0).message().startsWith("ultima_actualizacion +999999999-12-01 is in the future "),
                found.get(0).message());
    }

    @Test
    void warningStartsExactlyAtTheConfiguredNumberOfDays() {
        String md = doc("mensual", "2025-06-01", null);
        assertEquals(List.of(), check(md, LocalDate.of(2025, 10, 31)));
        List<Reported> at = check(md, LocalDate.of(2025, 11, 1));
        assertEquals(1, at.size());
        assertEquals("review due soon: last updated 2025-06-01, frecuencia mensual requires a review every 6 months, "
                + "so it is due 2025-12-01 (in 30 days); plan the review", at.get(0).message());
        RuleContext tenDays = new RuleContext(LocalDate.of(2025, 11, 1), Vocabulary.defaults(), List.of(), 10);
        assertEquals(List.of(), RuleHarness.run(rule, RuleHarness.read(md), tenDays));
    }

    @Test
    void configuredReviewPeriodIsUsed() {
        Vocabulary vocabulary = Vocabulary.builder().reviewPeriod(Frequency.MENSUAL, Period.ofMonths(1)).build();
        RuleContext context = new RuleContext(LocalDate.of(2025, 12, 1), vocabulary, List.of(), 0);
        List<Reported> findings = RuleHarness.run(rule, RuleHarness.read(doc("mensual", "2025-10-15", null)), context);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("requires a review every 1 month, so it was due 2025-11-15"),
                findings.get(0).message());
    }

    @Test
    void missingFrequencyUsesTheLongestPeriodAndSaysSo() {
        String md = doc(null, "2024-11-01", null);
        List<Reported> findings = check(md, LocalDate.of(2025, 12, 1));
        assertEquals(1, findings.size());
        assertEquals("review overdue: last updated 2024-11-01, no known frecuencia, so the longest review period "
                + "(1 year) was assumed, so it was due 2025-11-01 (30 days ago); review the procedure and update "
                + "ultima_actualizacion", findings.get(0).message());
        assertEquals(List.of(), check(doc("continua", "2025-01-15", null), LocalDate.of(2025, 12, 1)));
    }

    @Test
    void lastUpdateInTheFutureIsAnError() {
        List<Reported> findings = check(doc("diaria", "2025-12-02", null), LocalDate.of(2025, 12, 1));
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(4, findings.get(0).line());
        assertEquals("ultima_actualizacion 2025-12-02 is in the future (today is 2025-12-01); write the date the "
                + "procedure was really last updated", findings.get(0).message());
    }

    @Test
    void anUnfilledTemplateDateIsLeftToTemplateLeftovers() {
        assertEquals(List.of(), check(doc("diaria", "YYYY-MM-DD", null), LocalDate.of(2025, 12, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18/11/2025", "2025-11-31", "2025-02-29", "2025-1-5", "noviembre 2025", "2025-11-18T10:00"})
    void unparseableLastUpdateNamesTheFormat(String written) {
        List<Reported> findings = check(doc("diaria", written, null), LocalDate.of(2025, 12, 1));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(4, findings.get(0).line());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("is not a date in ISO format YYYY-MM-DD"), findings.get(0).message());
    }

    @Test
    void leapDayIsADate() {
        assertEquals(List.of(), check(doc("diaria", "2024-02-29", null), LocalDate.of(2024, 3, 1)));
    }

    @Test
    void nextReviewLaterThanThePolicyAllows() {
        List<Reported> findings = check(doc("diaria", "2025-11-18", "2026-03-01 (3 meses)"), LocalDate.of(2025, 12, 1));
        assertEquals(1, findings.size(), findings.toString());
        Reported f = findings.get(0);
        assertEquals(8, f.line());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("'Próxima revisión' 2026-03-01 is later than the policy allows: the last update plus the review "
                + "period gives 2026-02-18; set it to 2026-02-18 or earlier", f.message());
        assertEquals(List.of(), check(doc("diaria", "2025-11-18", "2026-02-18"), LocalDate.of(2025, 12, 1)));
    }

    @Test
    void passedNextReviewIsOverdueAndSoonIsAWarning() {
        String md = doc("on-demand", "2025-11-18", "2026-05-18");
        List<Reported> passed = check(md, LocalDate.of(2026, 5, 19));
        assertEquals(1, passed.size(), passed.toString());
        assertEquals(8, passed.get(0).line());
        assertEquals(Severity.ERROR, passed.get(0).severity());
        assertEquals("next-review-passed:2026-05-18", passed.get(0).fingerprint());
        List<Reported> soon = check(md, LocalDate.of(2026, 5, 1));
        assertEquals(1, soon.size(), soon.toString());
        assertEquals(Severity.WARNING, soon.get(0).severity());
        assertEquals(List.of(), check(md, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void nextReviewThatIsNotADateIsAWarning() {
        List<Reported> findings = check(doc("diaria", "2025-11-18", "Post-aplicación"), LocalDate.of(2025, 12, 1));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("'Próxima revisión' is 'Post-aplicación', not a date; write it as YYYY-MM-DD (for example "
                + "2026-05-18)", findings.get(0).message());
    }

    @Test
    void nextReviewVariantsAndCodeBlocks() {
        String md = doc("diaria", "2025-11-18", null)
                + "```\n**Próxima revisión:** 2020-01-01\n```\n"
                + "- **Fecha de próxima revisión**: 2026-05-01\n";
        List<Reported> findings = check(md, LocalDate.of(2025, 12, 1));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(11, findings.get(0).line(), "the label in code is ignored, the list item is read");
        assertTrue(findings.get(0).message().startsWith("'Fecha de próxima revisión' 2026-05-01 is later than"));
    }

    @Test
    void exampleProcedureOfTheTeamIsOverdueOnTheDayOfTheSpec() throws Exception {
        Path file = SharedData.requireFile("corpus/iact/docs/backend/procedures/PROC-BACKEND-001-ejemplo.md");
        List<Reported> findings = RuleHarness.run(rule, RuleHarness.read(file),
                RuleContext.defaults(LocalDate.of(2026, 11, 29)));
        assertEquals(2, findings.size(), findings.toString());
        Reported overdue = findings.get(0);
        assertEquals("PROC-BACKEND-001-ejemplo.md", overdue.path());
        assertEquals(10, overdue.line());
        assertEquals(Severity.ERROR, overdue.severity());
        assertEquals("review overdue: last updated 2025-11-18, frecuencia on-demand requires a review every 1 year, "
                + "so it was due 2026-11-18 (11 days ago); review the procedure and update ultima_actualizacion",
                overdue.message());
        Reported next = findings.get(1);
        assertEquals(499, next.line());
        assertEquals(Severity.ERROR, next.severity());
        assertTrue(next.message().startsWith("'Próxima revisión' 2026-05-18 has passed (195 days ago)"),
                next.message());
    }

    @Test
    void registered() {
        assertTrue(RuleRegistry.byId("review-date").orElseThrow() instanceof ReviewDateRule);
    }
}
