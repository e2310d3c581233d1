package dev.procedures.core.engine;

/**
 * A problem with the input or configuration that stops a run: a missing directory, a README
 * without index section, an I/O failure. The message names the file (and line, where known) and
 * says what to do; it is meant to be shown as is, without a stack trace.
 */
public final class ProceduresException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the complete user-facing message */
    public ProceduresException(String message) {
        super(message);
    }

    /**
     * @param message the complete user-facing message
     * @param cause   the underlying exception, kept for debugging
     */
    public ProceduresException(String message, Throwable cause) {
        super(message, cause);
    }
}
