package dev.procedures.core.report;

import dev.procedures.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Entry point of the report writers.
 *
 * <p>File naming of {@link #write(ReportInput, Set, Path)}: with one format the report goes to
 * the output file exactly as given (as maven-checkstyle-plugin's {@code outputFile}). With
 * several formats the output file gives the folder and the base name, its extension (after the
 * last dot of the file name, if any) is dropped, and each format adds its
 * {@link ReportFormat#suffix()}. For {@code target/procedures-report.xml} and all formats:
 * <pre>
 * target/procedures-report.txt         plain
 * target/procedures-report.xml         checkstyle
 * target/procedures-report.sarif       sarif
 * target/procedures-report.json        json
 * target/procedures-report-junit.xml   junit
 * </pre>
 */
public final class Reports {

    /** The tool name written in SARIF {@code tool.driver.name} and the JSON {@code tool}. */
    public static final String TOOL_NAME = "procedures-maven-plugin";

    private Reports() {
    }

    /**
     * @param format a report format
     * @return its writer; stateless and thread-safe
     */
    public static ReportWriter writer(ReportFormat format) {
        switch (format) {
            case PLAIN:
                return new PlainReportWriter();
            case CHECKSTYLE:
                return new CheckstyleReportWriter();
            case SARIF:
                return new SarifReportWriter();
            case JSON:
                return new JsonReportWriter();
            case JUNIT:
                return new JunitReportWriter();
            default:
                throw new IllegalArgumentException("unknown report format " + format);
        }
    }

    /**
     * Tells where {@link #write(ReportInput, Set, Path)} puts each format (see the class
     * comment for the rule).
     *
     * @param formats    the formats, not empty
     * @param outputFile the configured output file
     * @return the file of each format, in format declaration order
     * @throws IllegalArgumentException if {@code formats} is empty or {@code outputFile} has no
     *                                  file name
     */
    public static Map<ReportFormat, Path> files(Set<ReportFormat> formats, Path outputFile) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format given");
        }
        Path name = outputFile.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("output file '" + outputFile + "' has no file name");
        }
        EnumMap<ReportFormat, Path> files = new EnumMap<>(ReportFormat.class);
        if (formats.size() == 1) {
            files.put(formats.iterator().next(), outputFile);
            return Collections.unmodifiableMap(files);
        }
        String fileName = name.toString();
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        for (ReportFormat format : EnumSet.copyOf(formats)) {
            files.put(format, outputFile.resolveSibling(base + format.suffix()));
        }
        return Collections.unmodifiableMap(files);
    }

    /**
     * Writes the report in each format to its file (see {@link #files(Set, Path)}), creating
     * missing parent folders. Each file is written to a temporary file beside it and then moved
     * in place, so a reader never sees half a report.
     *
     * @param input      the run
     * @param formats    the formats, not empty
     * @param outputFile the configured output file
     * @return the files written, by format
     * @throws IOException              if a folder or file cannot be written; files of formats
     *                                  before the failing one stay written
     * @throws IllegalArgumentException as {@link #files(Set, Path)}
     */
    public static Map<ReportFormat, Path> write(ReportInput input, Set<ReportFormat> formats,
                                                Path outputFile) throws IOException {
        Objects.requireNonNull(input, "input");
        Map<ReportFormat, Path> files = files(formats, outputFile);
        for (Map.Entry<ReportFormat, Path> e : files.entrySet()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            writer(e.getKey()).write(input, out);
            AtomicFiles.write(e.getValue(), out.toByteArray());
        }
        return files;
    }
}
