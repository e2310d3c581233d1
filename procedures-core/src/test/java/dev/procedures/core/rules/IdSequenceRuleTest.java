package dev.procedures.core.rules;

import dev.procedures.core.rules.CorpusRules.Reported;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdSequenceRuleTest {

    private final IdSequenceRule rule = new IdSequenceRule();

    private List<Reported> check(String[] names, String... retired) {
        return CorpusRules.run(rule, CorpusRules.corpus(CorpusRules.files(names), retired));
    }

    private static String[] names(String... names) {
        return names;
    }

    @Test
    void sequentialNumbersHaveNoFinding() {
        assertEquals(List.of(), check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-002-b.md", "PROC-BACKEND-003-c.md")));
    }

    @Test
    void singleGapIsReportedOnTheNextFile() {
        List<Reported> findings = check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-003-c.md"));
        assertEquals(List.of(new Reported("PROC-BACKEND-003-c.md", 2, 0, "PROC-BACKEND-002 is missing from the "
                + "PROC-BACKEND sequence (numbers are sequential and never reused); add it or declare it retired",
                "gap:[2]")), findings);
    }

    @Test
    void rangeGapIsOneFinding() {
        List<Reported> findings = check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-004-d.md"));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).message().startsWith("PROC-BACKEND-002, PROC-BACKEND-003 are missing from the "
                + "PROC-BACKEND sequence"), findings.get(0).message());
        assertEquals("gap:[2, 3]", findings.get(0).fingerprint());
    }

    @Test
    void aHugeGapIsCountedAndGivenAsARangeNotListed() {
        List<Reported> findings = check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-002-b.md",
                "PROC-BACKEND-999999999-typo.md"), "PROC-BACKEND-005");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("999999995 numbers are missing, PROC-BACKEND-003 to PROC-BACKEND-999999998 from the PROC-BACKEND "
                + "sequence (numbers are sequential and never reused); add them or declare them retired",
                findings.get(0).message());
        assertEquals("PROC-BACKEND-999999999-typo.md", findings.get(0).path());
    }

    @Test
    void sequenceStartsAtOne() {
        List<Reported> findings = check(names("PROC-BACKEND-002-b.md"));
        assertEquals(List.of("gap:[1]"), findings.stream().map(Reported::fingerprint).toList());
    }

    @Test
    void retiredNumbersAreNotGaps() {
        assertEquals(List.of(), check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-004-d.md"),
                "PROC-BACKEND-002", "PROC-BACKEND-003"));
        List<Reported> partly = check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-004-d.md"), "PROC-BACKEND-003");
        assertEquals(List.of("gap:[2]"), partly.stream().map(Reported::fingerprint).toList());
    }

    @Test
    void retiredNumberReusedIsReported() {
        List<Reported> findings = check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-002-b.md"), "PROC-BACKEND-002");
        assertEquals(List.of(new Reported("PROC-BACKEND-002-b.md", 2, 0, "PROC-BACKEND-002 is retired and must not be "
                + "used again; take the next free number", "reused:PROC-BACKEND-002")), findings);
    }

    @Test
    void eachPrefixHasItsOwnSequence() {
        List<Reported> findings = check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-002-b.md",
                "PROCED-GOB-001-a.md", "PROCED-GOB-003-c.md"), "PROC-BACKEND-003");
        assertEquals(List.of(new Reported("PROCED-GOB-003-c.md", 2, 0, "PROCED-GOB-002 is missing from the "
                + "PROCED-GOB sequence (numbers are sequential and never reused); add it or declare it retired",
                "gap:[2]")), findings);
    }

    @Test
    void retiredIdOfAnotherPrefixDoesNotCover() {
        List<Reported> findings = check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-003-c.md"), "PROCED-GOB-002");
        assertEquals(List.of("gap:[2]"), findings.stream().map(Reported::fingerprint).toList());
    }

    @Test
    void duplicateNumberIsNoGap() {
        assertEquals(List.of(), check(names("PROC-BACKEND-001-a.md", "PROC-BACKEND-001-b.md", "PROC-BACKEND-002-c.md")));
    }

    @Test
    void registered() {
        assertTrue(RuleRegistry.byId("id-sequence").orElseThrow() instanceof IdSequenceRule);
    }
}
