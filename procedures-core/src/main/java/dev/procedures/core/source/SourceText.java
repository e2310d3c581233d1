package dev.procedures.core.source;

import java.util.Arrays;

/**
 * The decoded text of one file, with the facts needed to map offsets back to the original file:
 * whether it started with a byte order mark, and where each line starts.
 *
 * <p>The text never contains the BOM; offsets are UTF-16 indexes into {@link #text()}. Lines end
 * at {@code \n}; a preceding {@code \r} belongs to the line ending, so CRLF files report the same
 * lines and columns as their LF twins.
 */
public final class SourceText {

    private final String text;
    private final boolean bom;
    private final int[] lineStarts;

    /**
     * @param text decoded text without BOM
     * @param bom  whether the original bytes started with a UTF-8 BOM
     */
    public SourceText(String text, boolean bom) {
        this.text = text;
        this.bom = bom;
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /**
     * Builds a source from a string, removing a leading BOM if present.
     *
     * @param raw the text as decoded
     * @return the source
     */
    public static SourceText of(String raw) {
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            return new SourceText(raw.substring(1), true);
        }
        return new SourceText(raw, false);
    }

    /** @return the text, without BOM */
    public String text() {
        return text;
    }

    /** @return whether the file started with a UTF-8 byte order mark */
    public boolean hasBom() {
        return bom;
    }

    /** @return the number of lines (a final line ending opens an empty last line) */
    public int lineCount() {
        return lineStarts.length;
    }

    /**
     * @param offset index into {@link #text()}
     * @return the 1-based line holding that offset
     */
    public int lineAt(int offset) {
        int idx = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /**
     * @param offset index into {@link #text()}
     * @return the 1-based column of that offset in its line (in UTF-16 units)
     */
    public int columnAt(int offset) {
        int line = lineAt(offset);
        return offset - lineStarts[line - 1] + 1;
    }

    /**
     * @param line 1-based line number
     * @return offset of the first character of that line
     * @throws IndexOutOfBoundsException if the line does not exist
     */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /**
     * @param line 1-based line number
     * @return the line's text without its line ending, or an empty string past the end
     */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }
}
