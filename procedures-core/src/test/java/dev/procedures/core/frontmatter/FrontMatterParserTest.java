package dev.procedures.core.frontmatter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void duplicateKeyInsideAListItemIsReportedAtItsFileLine() {
        String yaml = "id: PROC-BACKEND-001\nrevisores:\n  - nombre: SRE\n    rol: revisor\n    nombre: QA\n";
        FrontMatter fm = parser.parse(yaml, 2, 1, 7);
        assertEquals(List.of(new FrontMatterProblem(6, 5, "duplicate key 'nombre' (first written at line 4); keep one")),
                fm.problems());
        assertEquals(List.of("id", "revisores"), fm.entries().stream().map(FrontMatterEntry::key).toList());
    }

    @Test
    void sameKeyInDifferentItemsIsNoDuplicate() {
        String yaml = "revisores:\n  - nombre: SRE\n  - nombre: QA\naprobaciones: {nombre: A, rol: B}\n";
        assertEquals(List.of(), parser.parse(yaml, 2, 1, 6).problems());
    }

    @Test
    void duplicateKeyInANestedMappingIsReported() {
        String yaml = "aprobaciones:\n  tech_lead: Ana\n  sre: Luis\n  tech_lead: Eva\n";
        assertEquals(List.of(new FrontMatterProblem(5, 3, "duplicate key 'tech_lead' (first written at line 3); keep one")),
                parser.parse(yaml, 2, 1, 6).problems());
    }

    /** A password starting with '*' is read as an alias: the problem must not repeat it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"*Kx9#mQ2", "*YqPw4dEfGh"})
    void aProblemNeverRepeatsAnAliasOrAnchorName(String value) {
        String yaml = "id: PROC-BACKEND-001\ndb_password: " + value + "\n";
        List<FrontMatterProblem> problems = parser.parse(yaml, 2, 1, 4).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(3, problems.get(0).line());
        String secret = value.substring(1, 8);
        assertEquals(false, problems.get(0).message().contains(secret), problems.get(0).message());
        assertEquals(true, problems.get(0).message().contains("must be quoted"), problems.get(0).message());
    }
}
