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
}
