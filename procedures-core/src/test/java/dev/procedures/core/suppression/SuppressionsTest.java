package dev.procedures.core.suppression;

import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.source.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressionsTest {

    private static final Set<String> KNOWN = Set.of("no-credentials", "rollback", "approvals");

    private static Suppressions parse(String text) {
        return Suppressions.of(new MarkdownReader().read(SourceText.of(text)), UnaryOperator.identity());
    }

    @Test
    void nextLineCoversTheWholeCodeBlockThatStartsThere() {
        Suppressions s = parse("""
                # T

                <!-- procedures-disable-next-line no-credentials -->
                ```bash
                export A=1
                export B=2
                ```
                export C=3
                """);
        assertTrue(s.suppresses("no-credentials", 5));
        assertTrue(s.suppresses("no-credentials", 6));
        assertFalse(s.suppresses("no-credentials", 8));
        assertFalse(s.suppresses("rollback", 5));
        assertEquals(List.of(), s.problems(KNOWN, KNOWN));
    }

    @Test
    void disableEnableRegionAndFileWide() {
        Suppressions s = parse("""
                <!-- procedures-disable-file approvals -->
                # T
                <!-- procedures-disable rollback -->
                a
                <!-- procedures-enable rollback -->
                b
                """);
        assertTrue(s.suppresses("rollback", 4));
        assertFalse(s.suppresses("rollback", 6));
        assertTrue(s.suppresses("approvals", 0));
        assertTrue(s.suppresses("approvals", 6));
        assertEquals(List.of(), s.problems(KNOWN, KNOWN));
    }

    @Test
    void staleUnknownAndUnmatchedDirectivesAreProblems() {
        Suppressions s = parse("""
                # T
                <!-- procedures-disable-next-line rollback -->
                text

                <!-- procedures-disable-next-line no-such-rule -->
                text

                <!-- procedures-enable approvals -->
                """);
        List<Suppressions.Problem> problems = s.problems(KNOWN, KNOWN);
        assertEquals(3, problems.size());
        assertEquals(2, problems.get(0).line());
        assertEquals("procedures-disable-next-line rollback suppresses nothing; remove the comment",
                problems.get(0).message());
        assertEquals(5, problems.get(1).line());
        assertEquals("procedures-disable-next-line names unknown rule 'no-such-rule'; use a rule id from the "
                + "documentation", problems.get(1).message());
        assertEquals(8, problems.get(2).line());
    }

    /** An enable ends only the rules it names; the others of the same disable stay off. */
    @Test
    void anEnableEndsOnlyTheRulesItNames() {
        Suppressions s = parse("""
                <!-- procedures-disable no-credentials rollback -->
                a
                <!-- procedures-enable rollback -->
                b
                <!-- procedures-enable no-credentials approvals -->
                c
                """);
        assertTrue(s.suppresses("rollback", 2));
        assertFalse(s.suppresses("rollback", 4));
        assertTrue(s.suppresses("no-credentials", 4));
        assertFalse(s.suppresses("no-credentials", 6));
        assertFalse(s.suppresses("approvals", 2));
        // the second enable names a rule never disabled beside one that was: not a stray enable
        assertEquals(List.of(), s.problems(KNOWN, KNOWN));
    }

    /**
     * A directive naming several rules keeps them as written, in its message and its fingerprint
     * (a baseline holds the fingerprint, so it must be the same in every run, on every JVM).
     */
    @Test
    void severalRulesKeepTheirWrittenOrder() {
        Suppressions s = parse("""
                <!-- procedures-disable-next-line step-duration semver approvals rollback id-format -->
                text
                """);
        Set<String> all = dev.procedures.core.rules.RuleRegistry.ids();
        List<Suppressions.Problem> problems = s.problems(all, all);
        assertEquals(1, problems.size());
        assertEquals("procedures-disable-next-line step-duration semver approvals rollback id-format suppresses "
                + "nothing; remove the comment", problems.get(0).message());
        assertEquals("disable-next-line:[step-duration, semver, approvals, rollback, id-format]",
                problems.get(0).fingerprint());
    }

    @Test
    void aDirectiveForARuleThatIsOffIsNotStale() {
        Suppressions s = parse("<!-- procedures-disable-next-line rollback -->\ntext\n");
        assertEquals(List.of(), s.problems(KNOWN, Set.of("approvals")));
    }

    @Test
    void directivesInsideCodeDoNotCount() {
        Suppressions s = parse("""
                ```html
                <!-- procedures-disable-file -->
                ```
                """);
        assertTrue(s.isEmpty());
        assertFalse(s.suppresses("rollback", 2));
    }

    @Test
    void anUnknownRuleThatIsNotARuleIdIsNotEchoed() {
        Suppressions s = parse("<!-- procedures-disable-next-line password=TangoSecret1313 -->\ntext\n");
        List<Suppressions.Problem> problems = s.problems(KNOWN, KNOWN);
        assertEquals(1, problems.size());
        assertEquals("procedures-disable-next-line names unknown rule text that is no rule id; use a rule id from the "
                + "documentation", problems.get(0).message());
    }
}
