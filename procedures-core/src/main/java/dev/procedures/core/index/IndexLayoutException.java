package dev.procedures.core.index;

/**
 * The README has no place for the index, or its index markers are broken: neither markers nor
 * index section, a marker without its pair, a marker written twice, the end marker before the
 * start marker, or a section heading too deep to hold the index headings.
 *
 * <p>{@link IndexGenerator#plan(dev.procedures.core.engine.CheckRequest)} turns it into a
 * {@code ProceduresException}; the {@code index-up-to-date} rule turns it into a finding.
 */
public final class IndexLayoutException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param message what is wrong and how to fix it
     * @param line    1-based README line of the problem, 0 when it concerns the whole file
     */
    public IndexLayoutException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** @return 1-based README line of the problem, 0 when it concerns the whole file */
    public int line() {
        return line;
    }
}
