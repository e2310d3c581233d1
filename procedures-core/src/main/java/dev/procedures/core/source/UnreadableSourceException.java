package dev.procedures.core.source;

/** A file could not be read or decoded. Carries the 1-based line of the problem (0 if unknown). */
public final class UnreadableSourceException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int line;

    /**
     * @param message what went wrong, without stack trace material
     * @param line    1-based line of the problem, 0 when unknown
     */
    public UnreadableSourceException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** @return 1-based line of the problem, 0 when unknown */
    public int line() {
        return line;
    }
}
