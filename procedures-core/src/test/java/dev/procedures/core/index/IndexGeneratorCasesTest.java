package dev.procedures.core.index;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.rules.IndexUpToDateRule;
import dev.procedures.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.procedures.core.index.IndexTestSupport.bytes;
import static dev.procedures.core.index.IndexTestSupport.criticalityTable;
import static dev.procedures.core.index.IndexTestSupport.frontMatterValue;
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

/** Fault cases 01 (CRLF) and 03 (pipes in titles) of {@code shared/cases}, as their README expects. */
class IndexGeneratorCasesTest {

    private static final String START = "<!-- procedures-index:start -->";
    private static final String END = "<!-- procedures-index:end -->";

    @TempDir
    Path tmp;

    @Test
    void case01CrlfKeepsEveryByteOutsideTheMarkersAndWritesCrlf() throws Exception {
        Path dir = SharedData.copyFiles(SharedData.require("cases/01-crlf-line-endings"), tmp.resolve("c01"));
        Path readme = dir.resolve("README.md");
        byte[] before = bytes(readme);
        String t1 = frontMatterValue(dir.resolve("PROC-BACKEND-001-reinicio-servicio-app.md"), "titulo");
        String t2 = frontMatterValue(dir.resolve("PROC-BACKEND-002-rotacion-de-logs.md"), "titulo");

        IndexResult first = new IndexGenerator().index(request(dir));

        assertTrue(first.changed());
        assertEquals(2, first.procedures());
        byte[] after = bytes(readme);
        int startEnd = indexOf(before, utf8(START + "\r\n"), 0) + utf8(START + "\r\n").length;
        int endBefore = indexOf(before, utf8(END), 0);
        int endAfter = indexOf(after, utf8(END), 0);
        assertArrayEquals(Arrays.copyOfRange(before, 0, startEnd), Arrays.copyOfRange(after, 0, startEnd));
        assertArrayEquals(Arrays.copyOfRange(before, endBefore, before.length),
                Arrays.copyOfRange(after, endAfter, after.length));
        String l1 = "[PROC-BACKEND-001](./PROC-BACKEND-001-reinicio-servicio-app.md)";
        String l2 = "[PROC-BACKEND-002](./PROC-BACKEND-002-rotacion-de-logs.md)";
        String expectedLf = "\n### Por Criticidad\n\n"
                + criticalityTable("####", "CRITICA") + "\n"
                + criticalityTable("####", "ALTA") + "\n"
                + criticalityTable("####", "MEDIA", "| " + l1 + " | " + t1 + " | Maintenance | On-demand | 20min |") + "\n"
                + criticalityTable("####", "BAJA", "| " + l2 + " | " + t2 + " | Maintenance | Semanal | 10min |") + "\n"
                + "### Por Tipo\n\n"
                + typeList("####", "Deployment") + "\n"
                + typeList("####", "Rollback") + "\n"
                + typeList("####", "Maintenance", "- " + l1 + " - " + t1, "- " + l2 + " - " + t2) + "\n"
                + typeList("####", "Troubleshooting") + "\n"
                + typeList("####", "Scaling") + "\n"
                + typeList("####", "Disaster Recovery") + "\n";
        assertEquals(expectedLf.replace("\n", "\r\n"),
                new String(Arrays.copyOfRange(after, startEnd, endAfter), StandardCharsets.UTF_8));
        for (int i = 0; i < after.length; i++) {
            if (after[i] == '\n') {
                assertTrue(i > 0 && after[i - 1] == '\r', "bare LF at byte " + i);
                assertFalse(i > 1 && after[i - 2] == '\r', "CR CR LF at byte " + i);
            }
        }

        touchOld(readme);
        IndexResult second = new IndexGenerator().index(request(dir));

        assertFalse(second.changed());
        assertArrayEquals(after, bytes(readme));
        assertEquals(IndexTestSupport.OLD, mtime(readme));
        assertEquals(List.of(), new ProcedureChecker(List.of(new IndexUpToDateRule())).check(request(dir)).findings());
    }

    @Test
    void case03PipesInTitlesAreEscapedSoEveryRowHasFiveCells() throws Exception {
        Path dir = SharedData.copyFiles(SharedData.require("cases/03-pipe-in-title"), tmp.resolve("c03"));
        Path readme = dir.resolve("README.md");
        String t1 = frontMatterValue(dir.resolve("PROC-BACKEND-001-reinicio-colas-rabbitmq.md"), "titulo");
        String t2 = frontMatterValue(dir.resolve("PROC-BACKEND-002-purga-cola.md"), "titulo");
        assertTrue(t1.contains("|") && t2.contains("`") && t2.contains("|"), "case 03 changed: " + t1 + " / " + t2);

        assertTrue(new IndexGenerator().index(request(dir)).changed());

        String text = new String(bytes(readme), StandardCharsets.UTF_8);
        List<String> rows = text.lines().filter(l -> l.startsWith("|")).toList();
        assertEquals(4 * 2 + 2, rows.size(), text);
        for (String row : rows) {
            assertEquals(6, unescapedPipes(row), "row does not have five cells: " + row);
        }
        assertTrue(rows.contains("| [PROC-BACKEND-001](./PROC-BACKEND-001-reinicio-colas-rabbitmq.md) | "
                + t1.replace("|", "\\|") + " | Maintenance | On-demand | 15min |"), text);
        // GFM (spec example 200, and GitHub) removes the backslash of \| before reading the cell, also
        // inside code spans; flexmark 0.64.8 keeps it inside code spans, so the code-span title is
        // checked with the GFM rule and the plain one also through flexmark's HTML.
        assertEquals(List.of(
                List.of("[PROC-BACKEND-001](./PROC-BACKEND-001-reinicio-colas-rabbitmq.md)", t1, "Maintenance",
                        "On-demand", "15min"),
                List.of("[PROC-BACKEND-002](./PROC-BACKEND-002-purga-cola.md)", t2, "Maintenance", "Emergencia",
                        "5min")), gfmCells(text, "#### ALTA"));
        assertEquals(List.of("PROC-BACKEND-001", t1, "Maintenance", "On-demand", "15min"),
                renderedCells(text).get(0));
        assertTrue(text.contains("- [PROC-BACKEND-002](./PROC-BACKEND-002-purga-cola.md) - " + t2 + "\n"), text);

        byte[] first = bytes(readme);
        touchOld(readme);
        assertFalse(new IndexGenerator().index(request(dir)).changed());
        assertArrayEquals(first, bytes(readme));
        assertEquals(IndexTestSupport.OLD, mtime(readme));
    }

    private static int unescapedPipes(String row) {
        int n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

    /** Body cells of the table right under {@code heading}, split and unescaped as GFM does. */
    private static List<List<String>> gfmCells(String markdown, String heading) {
        List<String> lines = markdown.lines().toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = lines.indexOf(heading) + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String row = lines.get(i);
            List<String> cells = new ArrayList<>();
            for (String cell : row.substring(1, row.length() - 1).split("(?<!\\\\)\\|", -1)) {
                cells.add(cell.trim().replace("\\|", "|"));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Body cells of every table, as flexmark renders them to HTML (links reduced to their text). */
    private static List<List<String>> renderedCells(String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
        List<List<String>> rows = new ArrayList<>();
        Matcher tr = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1).replaceAll("<a [^>]*>(.*?)</a>", "$1"));
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }
}
