package dev.procedures.core.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * One rule violation at one place of one file.
 *
 * <p>A finding never holds a secret in clear text: rules that deal with credentials put only a
 * masked value in the message and a hash in the fingerprint.
 *
 * @param ruleId      stable rule id, for example {@code review-date}
 * @param severity    effective severity after configuration
 * @param path        file path relative to the base directory, with {@code /} separators
 * @param line        1-based line in the original file; 0 when the finding concerns the whole file
 * @param column      1-based column in the original file; 0 when not meaningful
 * @param message     what is wrong and how to fix it
 * @param fingerprint content key used by baselines and SARIF {@code partialFingerprints}; it
 *                    depends on the offending content, never on the line number
 */
public record Finding(String ruleId, Severity severity, String path, int line, int column,
                      String message, String fingerprint) implements Comparable<Finding> {

    /** Order of findings in every output: path, line, column, rule id, message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (fingerprint == null) {
            fingerprint = "";
        }
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /**
     * Formats the finding as compilers and linters print them.
     *
     * @return {@code path:line:col: severity [rule] message}
     */
    public String format() {
        return path + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity.label()
                + " [" + ruleId + "] " + message;
    }

}
