package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;

/**
 * Receives the findings of one rule. The engine sets rule id and severity; rules give the place,
 * the message and a fingerprint. A rule that has findings of two weights (for example
 * {@code review-date}: overdue is an error, due soon a warning) passes the lighter ones through
 * {@link #report(Severity, String, int, int, String, String)}.
 */
@FunctionalInterface
public interface Reporter {

    /**
     * Reports a finding.
     *
     * @param path        file path relative to the base directory ({@code Procedure.path()})
     * @param line        1-based line, 0 for the whole file
     * @param column      1-based column, 0 when not meaningful
     * @param message     what is wrong and how to fix it; never a secret in clear text
     * @param fingerprint the offending content or a stable key for it (hashed by the engine), never
     *                    a line number; the engine adds rule id and path
     */
    void report(String path, int line, int column, String message, String fingerprint);

    /**
     * Reports a finding that is less serious than the rule's usual findings. The engine gives it
     * the less serious of this severity and the rule's effective severity (its configured one, else
     * its default), so configuring a rule down to {@code info} still lowers every finding, and the
     * default configuration keeps the rule's own distinction.
     *
     * @param severity    the severity this finding has when the rule runs at {@code error}
     * @param path        file path relative to the base directory ({@code Procedure.path()})
     * @param line        1-based line, 0 for the whole file
     * @param column      1-based column, 0 when not meaningful
     * @param message     what is wrong and how to fix it; never a secret in clear text
     * @param fingerprint the offending content or a stable key for it, never a line number
     */
    default void report(Severity severity, String path, int line, int column, String message, String fingerprint) {
        report(path, line, column, message, fingerprint);
    }
}
