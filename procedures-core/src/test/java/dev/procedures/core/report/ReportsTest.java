package dev.procedures.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportsTest {

    @Test
    void oneFormatGoesToTheOutputFileAsGiven(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("target/reports/result.xml");
        Map<ReportFormat, Path> files = Reports.write(ReportFixtures.sample(),
                Set.of(ReportFormat.SARIF), out);
        assertEquals(Map.of(ReportFormat.SARIF, out), files);
        assertEquals(ReportFixtures.render(ReportFormat.SARIF, ReportFixtures.sample()),
                Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(List.of(out), listFiles(out.getParent()));
    }

    @Test
    void severalFormatsShareTheBaseNameWithTheirSuffixes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("procedures-report.xml");
        Map<ReportFormat, Path> files = Reports.write(ReportFixtures.sample(),
                EnumSet.allOf(ReportFormat.class), out);
        assertEquals(Map.of(
                ReportFormat.PLAIN, dir.resolve("procedures-report.txt"),
                ReportFormat.CHECKSTYLE, dir.resolve("procedures-report.xml"),
                ReportFormat.SARIF, dir.resolve("procedures-report.sarif"),
                ReportFormat.JSON, dir.resolve("procedures-report.json"),
                ReportFormat.JUNIT, dir.resolve("procedures-report-junit.xml")), files);
        for (Map.Entry<ReportFormat, Path> e : files.entrySet()) {
            assertEquals(ReportFixtures.render(e.getKey(), ReportFixtures.sample()),
                    Files.readString(e.getValue(), StandardCharsets.UTF_8), e.getKey().label());
        }
        assertEquals(5, listFiles(dir).size(), "no temporary file left behind");
    }

    @Test
    void baseNameWithoutExtensionIsKept(@TempDir Path dir) {
        Map<ReportFormat, Path> files = Reports.files(
                EnumSet.of(ReportFormat.JSON, ReportFormat.JUNIT), dir.resolve("lint"));
        assertEquals(Map.of(ReportFormat.JSON, dir.resolve("lint.json"),
                ReportFormat.JUNIT, dir.resolve("lint-junit.xml")), files);
    }

    @Test
    void overwritesAnOlderReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("r.txt");
        Files.writeString(out, "old content that is longer than the new one\n".repeat(20));
        Reports.write(ReportFixtures.clean(), Set.of(ReportFormat.PLAIN), out);
        assertEquals("", Files.readString(out));
    }

    @Test
    void rejectsNoFormat(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class,
                () -> Reports.write(ReportFixtures.clean(), Set.of(), dir.resolve("r.txt")));
    }

    @Test
    void everyFormatHasAWriter() {
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(format, ReportFormat.parse(format.label()));
            Reports.writer(format);
        }
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
