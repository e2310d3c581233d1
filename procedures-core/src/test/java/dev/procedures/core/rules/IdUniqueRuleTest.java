package dev.procedures.core.rules;

import dev.procedures.core.rules.CorpusRules.Reported;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdUniqueRuleTest {

    private final IdUniqueRule rule = new IdUniqueRule();

    @Test
    void distinctIdsHaveNoFinding() {
        assertEquals(List.of(), CorpusRules.run(rule, CorpusRules.corpus(CorpusRules.files(
                "PROC-BACKEND-001-a.md", "PROC-BACKEND-002-b.md", "PROCED-GOB-001-c.md"))));
    }

    @Test
    void sharedIdIsReportedOnceOnTheSecondFileByPath() {
        List<Reported> findings = CorpusRules.run(rule, CorpusRules.corpus(CorpusRules.files(
                "PROC-BACKEND-002-zeta.md", "PROC-BACKEND-001-uno.md", "PROC-BACKEND-002-alfa.md")));
        assertEquals(List.of(new Reported("PROC-BACKEND-002-zeta.md", 2, 0, "id PROC-BACKEND-002 is used by 2 files: "
                + "PROC-BACKEND-002-alfa.md, PROC-BACKEND-002-zeta.md; give each procedure its own number",
                "dup:PROC-BACKEND-002")), findings);
    }

    @Test
    void resultDoesNotDependOnListingOrder() {
        List<Reported> a = CorpusRules.run(rule, CorpusRules.corpus(CorpusRules.files(
                "PROC-BACKEND-002-zeta.md", "PROC-BACKEND-002-alfa.md", "PROC-BACKEND-002-beta.md")));
        List<Reported> b = CorpusRules.run(rule, CorpusRules.corpus(CorpusRules.files(
                "PROC-BACKEND-002-beta.md", "PROC-BACKEND-002-zeta.md", "PROC-BACKEND-002-alfa.md")));
        assertEquals(a, b);
        assertEquals(1, a.size());
        assertEquals("PROC-BACKEND-002-beta.md", a.get(0).path());
        assertTrue(a.get(0).message().startsWith("id PROC-BACKEND-002 is used by 3 files: PROC-BACKEND-002-alfa.md, "
                + "PROC-BACKEND-002-beta.md, PROC-BACKEND-002-zeta.md;"), a.get(0).message());
    }

    @Test
    void sameNumberUnderAnotherPrefixIsNoDuplicate() {
        assertEquals(List.of(), CorpusRules.run(rule, CorpusRules.corpus(CorpusRules.files(
                "PROC-BACKEND-001-a.md", "PROC-FRONTEND-001-a.md"))));
    }

    @Test
    void fileWithoutIdInItsNameUsesTheDeclaredId() {
        Map<String, String> files = new LinkedHashMap<>(CorpusRules.files("PROC-BACKEND-001-a.md"));
        files.put("otro.md", "\n\n---\nid: PROC-BACKEND-001\n---\n");
        List<Reported> findings = CorpusRules.run(rule, CorpusRules.corpus(files));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("otro.md", findings.get(0).path());
        assertEquals(4, findings.get(0).line());
    }

    @Test
    void registered() {
        assertTrue(RuleRegistry.byId("id-unique").orElseThrow() instanceof IdUniqueRule);
    }
}
