package dev.procedures.core.engine;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.Section;
import dev.procedures.core.testing.Engine;
import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.testing.SharedData;
import dev.procedures.core.vocabulary.MetadataField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static dev.procedures.core.testing.Engine.of;
import static dev.procedures.core.testing.Engine.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault cases of {@code shared/cases} (expectations in its README), run through the whole
 * engine with the clock at 2025-12-01, plus own inputs of the same kinds in
 * {@code src/test/resources/cases-own}.
 */
class CasesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    private static final Path OWN = Path.of("src/test/resources/cases-own");

    private static CheckResult run(Path dir) throws ProceduresException {
        return Engine.check(dir, TODAY, 2);
    }

    private static Path sharedCase(String name) {
        return SharedData.requireDirectory("cases/" + name);
    }

    @Test
    void case01CrlfIsReadLikeLf() throws Exception {
        CheckResult result = run(sharedCase("01-crlf-line-endings"));
        assertEquals(2, result.filesChecked());
        for (String rule : List.of("front-matter", "required-metadata", "required-sections")) {
            assertEquals(List.of(), of(result, rule), rule);
        }
    }

    @Test
    void case06DuplicateKeyIsOneFindingAtTheSecondOccurrence() throws Exception {
        Path dir = sharedCase("06-duplicate-front-matter-key");
        CheckResult result = run(dir);
        List<Finding> fm = of(result, "front-matter");
        assertEquals(List.of("front-matter PROC-BACKEND-001-failover-base-datos.md:11"), places(fm));
        assertTrue(fm.get(0).message().contains("'criticidad'") && fm.get(0).message().contains("line 6"),
                fm.get(0).message());
        Procedure p = RuleHarness.read(dir.resolve("PROC-BACKEND-001-failover-base-datos.md"));
        assertTrue(p.metadata().get(MetadataField.CRITICALITY).isEmpty(), "value taken from one occurrence");
        assertTrue(result.findings().stream().noneMatch(f -> f.message().contains("ALTA") || f.message().contains("BAJA")));
    }

    @Test
    void case09HeadingsInCodeDoNotCount() throws Exception {
        CheckResult result = run(sharedCase("09-headings-inside-code-blocks"));
        List<Finding> rs = of(result, "required-sections");
        assertEquals(List.of("required-sections PROC-BACKEND-001-ampliacion-disco-bd.md:11",
                "required-sections PROC-BACKEND-001-ampliacion-disco-bd.md:11"), places(rs));
        assertTrue(rs.get(0).message().startsWith("missing section 'Rollback Completo'"), rs.get(0).message());
        assertTrue(rs.get(1).message().startsWith("missing section 'Troubleshooting'"), rs.get(1).message());
    }

    @Test
    void case13NfdIsReadLikeItsNfcTwin() throws Exception {
        Path dir = sharedCase("13-nfd-accents");
        CheckResult result = run(dir);
        assertEquals(2, result.filesChecked());
        assertEquals(List.of(), of(result, "required-sections"));
        Procedure nfd = RuleHarness.read(dir.resolve("PROC-BACKEND-001-validacion-dns.md"));
        Procedure nfc = RuleHarness.read(dir.resolve("PROC-BACKEND-002-validacion-ntp.md"));
        assertEquals(sectionsOf(nfc), sectionsOf(nfd));
        assertEquals(nfc.document().labels().stream().map(l -> l.folded() + "@" + l.line()).toList(),
                nfd.document().labels().stream().map(l -> l.folded() + "@" + l.line()).toList());
    }

    private static List<String> sectionsOf(Procedure p) {
        return p.sections().stream().map(s -> s.kind() + "@" + s.startLine() + "-" + s.endLine()).toList();
    }

    @Test
    void case15DuplicateAndGap() throws Exception {
        CheckResult result = run(sharedCase("15-id-gap-and-duplicate"));
        assertCase15(result);
    }

    /**
     * The rules these fault kinds are about (reading, metadata, ids, sections); the content rules
     * (approvals, step checks, template leftovers) judge runbook prose, which these deliberately
     * short inputs do not have.
     */
    private static final java.util.Set<String> CASE_RULES = java.util.Set.of("front-matter", "required-metadata",
            "metadata-values", "id-format", "id-unique", "id-sequence", "semver", "review-date", "required-sections",
            "file-encoding");

    private static List<dev.procedures.core.finding.Finding> caseFindings(CheckResult result) {
        return result.findings().stream().filter(f -> CASE_RULES.contains(f.ruleId())).toList();
    }

    private static void assertCase15(CheckResult result) {
        List<Finding> unique = of(result, "id-unique");
        assertEquals(List.of("id-unique PROC-BACKEND-002-reinicio-cache.md:2"), places(unique));
        assertTrue(unique.get(0).message().contains("PROC-BACKEND-002-purga-colas.md, PROC-BACKEND-002-reinicio-cache.md"),
                unique.get(0).message());
        List<Finding> sequence = of(result, "id-sequence");
        assertEquals(List.of("id-sequence PROC-BACKEND-004-cambio-dns.md:2"), places(sequence));
        assertTrue(sequence.get(0).message().startsWith("PROC-BACKEND-003 is missing"), sequence.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void case15IsTheSameWhateverTheCreationOrder(int threads, @TempDir Path tmp) throws Exception {
        Path dir = sharedCase("15-id-gap-and-duplicate");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(Files::isRegularFile).sorted(Comparator.reverseOrder()).toList());
        }
        for (Path f : files) {
            Files.copy(f, tmp.resolve(f.getFileName()));
        }
        CheckResult reversed = Engine.check(tmp, TODAY, threads);
        assertCase15(reversed);
        assertEquals(run(dir).findings(), reversed.findings());
    }

    @Test
    void ownCrlfBomAndMissingFinalNewlineGiveNoFinding() throws Exception {
        CheckResult result = run(OWN.resolve("crlf-bom"));
        assertEquals(2, result.filesChecked());
        assertEquals(List.of(), caseFindings(result));
    }

    @Test
    void ownNfdFieldValuesAreKnownValues() throws Exception {
        Path dir = OWN.resolve("nfd-values");
        CheckResult result = run(dir);
        assertEquals(1, result.filesChecked());
        assertEquals(List.of(), caseFindings(result));
        Procedure p = RuleHarness.read(dir.resolve("PROC-BACKEND-001-recuperacion-replica.md"));
        assertTrue(p.metadata().text(MetadataField.CRITICALITY).orElseThrow().contains("I\u0301"), "input is NFD");
    }

    @Test
    void ownHeadingsInTildeIndentedListAndQuoteCodeDoNotCount() throws Exception {
        CheckResult result = run(OWN.resolve("code-headings"));
        assertEquals(List.of("required-sections PROC-BACKEND-001-anexo-con-plantillas.md:11",
                "required-sections PROC-BACKEND-001-anexo-con-plantillas.md:11"), places(caseFindings(result)));
        assertTrue(caseFindings(result).get(0).message().startsWith("missing section 'Rollback Completo'"));
        assertTrue(caseFindings(result).get(1).message().startsWith("missing section 'Troubleshooting'"));
    }

    @Test
    void ownDuplicateKeysTopLevelAndInsideAListItem() throws Exception {
        CheckResult result = run(OWN.resolve("duplicate-key-list"));
        List<Finding> fm = of(result, "front-matter");
        assertEquals(List.of("front-matter PROC-BACKEND-001-claves-repetidas.md:15",
                "front-matter PROC-BACKEND-001-claves-repetidas.md:16"), places(fm));
        assertEquals(5, fm.get(0).column());
        assertEquals("duplicate key 'nombre' (first written at line 13); keep one", fm.get(0).message());
        assertTrue(fm.get(1).message().startsWith("duplicate key 'revisores' (first written at line 11)"));
        assertEquals(List.of(), caseFindings(result).stream().filter(f -> !f.ruleId().equals("front-matter")).toList());
    }

    @Test
    void ownGapOfTwoNumbersIsOneFindingAndOtherPrefixesAreSeparate() throws Exception {
        CheckResult result = run(OWN.resolve("gap-two"));
        assertEquals(4, result.filesChecked());
        List<Finding> sequence = of(result, "id-sequence");
        assertEquals(List.of("id-sequence PROC-BACKEND-004-cuarto.md:2"), places(sequence));
        assertTrue(sequence.get(0).message().startsWith("PROC-BACKEND-002, PROC-BACKEND-003 are missing"),
                sequence.get(0).message());
        assertEquals(List.of(), caseFindings(result).stream().filter(f -> !f.ruleId().equals("id-sequence")).toList());
    }

    @Test
    void sectionEndsAreTheSameForCrlfAndLf() throws Exception {
        Path crlf = OWN.resolve("crlf-bom/PROC-BACKEND-001-reinicio-con-bom.md");
        String lf = Files.readString(crlf).replace("\r\n", "\n").substring(1);
        List<Section> a = RuleHarness.read(crlf).sections();
        List<Section> b = RuleHarness.read("PROC-BACKEND-001-reinicio-con-bom.md", lf).sections();
        assertEquals(b.stream().map(s -> s.kind() + "@" + s.startLine() + "-" + s.endLine()).toList(),
                a.stream().map(s -> s.kind() + "@" + s.startLine() + "-" + s.endLine()).toList());
    }
}
