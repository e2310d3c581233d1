package dev.procedures.core.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The report file formats of {@code check}. Each has the file suffix used by
 * {@link Reports#write(ReportInput, Set, java.nio.file.Path)} when several formats are written
 * beside one another.
 */
public enum ReportFormat {
    /** One {@code path:line:col: severity [rule] message} line per finding, as compilers print. */
    PLAIN(".txt"),
    /** Checkstyle XML, as Checkstyle's XMLLogger and maven-checkstyle-plugin write it. */
    CHECKSTYLE(".xml"),
    /** SARIF 2.1.0 (OASIS), as GitHub code scanning and IDEs read it. */
    SARIF(".sarif"),
    /** A small stable JSON document of this tool. */
    JSON(".json"),
    /** JUnit XML (Ant/Jenkins dialect), as Jenkins and GitLab test reports read it. */
    JUNIT("-junit.xml");

    private final String suffix;

    ReportFormat(String suffix) {
        this.suffix = suffix;
    }

    /**
     * @return the suffix appended to the base name of the output file when several formats are
     *         written: {@code .txt}, {@code .xml}, {@code .sarif}, {@code .json}, {@code -junit.xml}
     */
    public String suffix() {
        return suffix;
    }

    /** @return the lower-case name users type ({@code plain}, {@code checkstyle}, ...) */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses one format name as users write it in configuration.
     *
     * @param text {@code plain} (or {@code txt}), {@code checkstyle} (or {@code xml}, the name
     *             maven-checkstyle-plugin uses for it), {@code sarif}, {@code json} or
     *             {@code junit}; any case, surrounding blanks ignored
     * @return the format
     * @throws IllegalArgumentException if the text names no format
     */
    public static ReportFormat parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "plain":
            case "txt":
                return PLAIN;
            case "checkstyle":
            case "xml":
                return CHECKSTYLE;
            case "sarif":
                return SARIF;
            case "json":
                return JSON;
            case "junit":
                return JUNIT;
            default:
                throw new IllegalArgumentException("unknown report format '" + text
                        + "' (expected plain, checkstyle, sarif, json or junit)");
        }
    }

    /**
     * Parses a comma-separated list of format names, for a parameter such as
     * {@code -Dprocedures.outputFormat=sarif,checkstyle}.
     *
     * @param text names accepted by {@link #parse(String)}, separated by commas; blanks ignored
     * @return the formats, in declaration order, never empty
     * @throws IllegalArgumentException if a name is unknown or the list is empty
     */
    public static Set<ReportFormat> parseAll(String text) {
        EnumSet<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        if (text != null) {
            for (String part : text.split(",", -1)) {
                if (!part.isBlank()) {
                    formats.add(parse(part));
                }
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException(
                    "no report format given (expected plain, checkstyle, sarif, json or junit)");
        }
        return formats;
    }
}
