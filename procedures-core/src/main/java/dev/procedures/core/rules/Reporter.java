package dev.procedures.core.rules;

/**
 * Receives the findings of one rule. The engine sets rule id and severity; rules give the place,
 * the message and a fingerprint.
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
}
