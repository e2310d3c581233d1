package dev.procedures.core.finding;

import java.util.Locale;

/**
 * How serious a {@link Finding} is. Ordered from most to least serious, as markdownlint and
 * Checkstyle order theirs.
 */
public enum Severity {
    /** Breaks an acceptance criterion; fails the build by default. */
    ERROR,
    /** Should be fixed soon; fails the build only when the fail severity is lowered to it. */
    WARNING,
    /** Worth knowing; never fails the build unless the fail severity is {@code info}. */
    INFO;

    /**
     * Parses a severity name as users write it in configuration.
     *
     * @param text {@code error}, {@code warning} (or {@code warn}) or {@code info}, any case
     * @return the severity
     * @throws IllegalArgumentException if the text names no severity
     */
    public static Severity parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "error":
                return ERROR;
            case "warning":
            case "warn":
                return WARNING;
            case "info":
                return INFO;
            default:
                throw new IllegalArgumentException(
                        "unknown severity '" + text + "' (expected error, warning or info)");
        }
    }

    /**
     * Tells whether this severity is at least as serious as another.
     *
     * @param threshold the severity to compare with
     * @return {@code true} when this is {@code threshold} or more serious
     */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** @return the lower-case name used in output and configuration ({@code error}, ...) */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
