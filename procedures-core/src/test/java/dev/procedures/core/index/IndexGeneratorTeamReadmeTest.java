package dev.procedures.core.index;

import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.rules.IndexUpToDateRule;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.procedures.core.index.IndexTestSupport.bytes;
import static dev.procedures.core.index.IndexTestSupport.criticalityTable;
import static dev.procedures.core.index.IndexTestSupport.indexOf;
import static dev.procedures.core.index.IndexTestSupport.mtime;
import static dev.procedures.core.index.IndexTestSupport.request;
import static dev.procedures.core.index.IndexTestSupport.touchOld;
import static dev.procedures.core.index.IndexTestSupport.typeList;
import static dev.procedures.core.index.IndexTestSupport.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index of the team README ({@code corpus/iact/docs/backend/procedures}), on a temporary copy:
 * the hand-written index lists PROC-BACKEND-001 as CRITICA and under no type, while the file says
 * BAJA and maintenance.
 */
class IndexGeneratorTeamReadmeTest {

    private static final String HEADING_LINE = "## Índice de Procedimientos\n";
    private static final String NEXT_SECTION = "\n---\n\n## Criticidad de Procedimientos\n";

    @TempDir
    Path tmp;

    private Path copy() {
        return SharedData.copyFiles(SharedData.require("corpus/iact/docs/backend/procedures"), tmp.resolve("procs"));
    }

    @Test
    void regeneratesOnlyTheSectionBodyAndMovesTheExampleToBajaAndMaintenance() throws Exception {
        Path dir = copy();
        Path readme = dir.resolve("README.md");
        byte[] before = bytes(readme);
        String title = IndexTestSupport.frontMatterValue(dir.resolve("PROC-BACKEND-001-ejemplo.md"), "titulo");
        String link = "[PROC-BACKEND-001](./PROC-BACKEND-001-ejemplo.md)";

        IndexResult result = new IndexGenerator().index(request(dir));

        assertTrue(result.changed());
        assertEquals(1, result.procedures());
        assertEquals(readme, result.readme());
        byte[] after = bytes(readme);
        int headingEnd = indexOf(before, utf8(HEADING_LINE), 0) + utf8(HEADING_LINE).length;
        int tailBefore = indexOf(before, utf8(NEXT_SECTION), headingEnd);
        int tailAfter = indexOf(after, utf8(NEXT_SECTION), headingEnd);
        assertTrue(headingEnd > utf8(HEADING_LINE).length && tailBefore > 0 && tailAfter > 0);
        assertArrayEquals(Arrays.copyOfRange(before, 0, headingEnd), Arrays.copyOfRange(after, 0, headingEnd),
                "bytes before the index section changed");
        assertArrayEquals(Arrays.copyOfRange(before, tailBefore, before.length),
                Arrays.copyOfRange(after, tailAfter, after.length), "bytes after the index section changed");
        String expected = "\n### Por Criticidad\n\n"
                + criticalityTable("####", "CRITICA") + "\n"
                + criticalityTable("####", "ALTA") + "\n"
                + criticalityTable("####", "MEDIA") + "\n"
                + criticalityTable("####", "BAJA",
                        "| " + link + " | " + title + " | Maintenance | On-demand | 15min |") + "\n"
                + "### Por Tipo\n\n"
                + typeList("####", "Deployment") + "\n"
                + typeList("####", "Rollback") + "\n"
                + typeList("####", "Maintenance", "- " + link + " - " + title) + "\n"
                + typeList("####", "Troubleshooting") + "\n"
                + typeList("####", "Scaling") + "\n"
                + typeList("####", "Disaster Recovery");
        assertEquals(expected, new String(Arrays.copyOfRange(after, headingEnd, tailAfter),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void secondRunChangesNothingAndDoesNotWrite() throws Exception {
        Path dir = copy();
        Path readme = dir.resolve("README.md");
        assertTrue(new IndexGenerator().index(request(dir)).changed());
        byte[] first = bytes(readme);
        touchOld(readme);

        IndexResult second = new IndexGenerator().index(request(dir));

        assertFalse(second.changed());
        assertArrayEquals(first, bytes(readme));
        assertEquals(IndexTestSupport.OLD, mtime(readme));
        assertFalse(new IndexGenerator().plan(request(dir)).stale());
    }

    @Test
    void planReportsTheStaleRegionWithoutWriting() throws Exception {
        Path dir = copy();
        Path readme = dir.resolve("README.md");
        byte[] before = bytes(readme);
        touchOld(readme);

        IndexPlan plan = new IndexGenerator().plan(request(dir));

        assertTrue(plan.stale());
        assertFalse(plan.markers());
        assertEquals(146, plan.line());
        assertTrue(plan.currentText().startsWith("\n### Por Criticidad\n\n#### CRITICA\n"), plan.currentText());
        assertTrue(plan.currentText().endsWith("#### Disaster Recovery\n- Ninguno aún\n"), plan.currentText());
        assertArrayEquals(before, bytes(readme));
        assertEquals(IndexTestSupport.OLD, mtime(readme));
    }

    @Test
    void indexUpToDateIsReportedBeforeAndNotAfter() throws Exception {
        Path dir = copy();
        ProcedureChecker checker = new ProcedureChecker(List.of(new IndexUpToDateRule()));

        CheckResult before = checker.check(request(dir));

        assertEquals(1, before.findings().size(), before.findings().toString());
        Finding f = before.findings().get(0);
        assertEquals("index-up-to-date", f.ruleId());
        assertEquals("README.md", f.path());
        assertEquals(146, f.line());
        assertEquals("README index is out of date: PROC-BACKEND-001 is listed under CRITICA but its criticidad is "
                + "BAJA; PROC-BACKEND-001 is missing from the Maintenance list; run mvn procedures:index to "
                + "regenerate it", f.message());

        new IndexGenerator().index(request(dir));

        assertEquals(List.of(), checker.check(request(dir)).findings());
    }
}
