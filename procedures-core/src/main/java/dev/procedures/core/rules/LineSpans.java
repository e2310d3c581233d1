package dev.procedures.core.rules;

/**
 * Finds, in a line of text, the spans that two small patterns of {@code template-leftovers} match,
 * without a {@link java.util.regex.Matcher}: most lines the rule reads are task boxes with code
 * spans, and a matcher per span costs more than the rest of the rule. Each method returns what
 * {@code Matcher.find()} on its pattern returns from the same position (a test compares them on
 * random text).
 *
 * <p>A span is packed in a {@code long}: {@link #start} and {@link #end} unpack it; {@link #NONE}
 * means no match.
 */
final class LineSpans {

    /** No match. */
    static final long NONE = -1L;

    private LineSpans() {
    }

    /**
     * The next bracketed text, as {@code \[([^\[\]\n]*)\]} finds it: a {@code [}, then no
     * {@code [}, {@code ]} or line break, then {@code ]}.
     *
     * @param text the text
     * @param from where the search starts (0-based)
     * @return the span of the brackets and their content, or {@link #NONE}
     */
    static long bracket(String text, int from) {
        int n = text.length();
        int i = text.indexOf('[', from);
        while (i >= 0) {
            int j = i + 1;
            while (j < n) {
                char c = text.charAt(j);
                if (c == ']') {
                    return pack(i, j + 1);
                }
                if (c == '[' || c == '\n') {
                    break;
                }
                j++;
            }
            if (j >= n) {
                return NONE;
            }
            // a '[' starts the next try; after a line break, the next '[' does
            i = text.charAt(j) == '[' ? j : text.indexOf('[', j + 1);
        }
        return NONE;
    }

    /**
     * The next inline code span, as {@code `+[^`\n]+?`+} finds it: a run of backticks, at least
     * one character that is neither a backtick nor a line break, up to the next backtick, and the
     * whole run of backticks there.
     *
     * @param text the text
     * @param from where the search starts (0-based)
     * @return the span with its backtick fences, or {@link #NONE}
     */
    static long inlineCode(String text, int from) {
        int n = text.length();
        int p = text.indexOf('`', from);
        while (p >= 0) {
            int q = p;
            while (q < n && text.charAt(q) == '`') {
                q++;
            }
            if (q >= n) {
                return NONE;
            }
            int k = q;
            while (k < n && text.charAt(k) != '`' && text.charAt(k) != '\n') {
                k++;
            }
            if (k > q && k < n && text.charAt(k) == '`') {
                int e = k;
                while (e < n && text.charAt(e) == '`') {
                    e++;
                }
                return pack(p, e);
            }
            // a line break (right after the run, or before any closing backtick) or the end
            p = k >= n ? -1 : text.indexOf('`', k + 1);
        }
        return NONE;
    }

    /** @return the 0-based start of a packed span */
    static int start(long span) {
        return (int) (span >>> 32);
    }

    /** @return the 0-based end (exclusive) of a packed span */
    static int end(long span) {
        return (int) span;
    }

    private static long pack(int start, int end) {
        return ((long) start << 32) | end;
    }
}
