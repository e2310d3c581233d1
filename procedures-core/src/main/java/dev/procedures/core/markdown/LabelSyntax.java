package dev.procedures.core.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bold label of the team template on one line: {@code **Clave:** valor}, {@code **Clave**: valor},
 * optionally after a task box ({@code - [ ] **Clave:** valor}). The syntax is the regular
 * expression {@link #LABEL}; {@link #match} gives its result without running it, because a
 * runbook has dozens of label lines and the expression (a lazy key of up to 80 characters) costs
 * more than the rest of the line's handling. Where the quick reading cannot be sure to agree
 * with the expression (line separators other than {@code \n} inside the line, a key made of white
 * space only) it runs the expression itself.
 *
 * <p>Groups, as in the expression: 1 the indentation and task box, 2 the key (untrimmed), 3 a colon
 * inside the bold markers, 4 a colon after them, 5 the value (untrimmed).
 */
final class LabelSyntax {

    /** {@code **Key:** value}, {@code **Key**: value}, optionally after a task box. */
    static final Pattern LABEL = Pattern.compile(
            "^(\\s*(?:\\[[ xX]]\\s+)?)\\*\\*\\s*([^*\\n]{1,80}?)\\s*(:?)\\s*\\*\\*\\s*(:?)\\s*(.*)$");

    private static final int MAX_KEY = 80;

    private LabelSyntax() {
    }

    /**
     * Matches {@link #LABEL} against the whole of {@code text[from, end)}.
     *
     * @param text   the text
     * @param from   start of the line, inclusive
     * @param end    end of the line, exclusive (before its line break)
     * @param groups receives, for groups 1 to 5, start and end offsets in {@code text} at
     *               {@code [2 * g - 2]} and {@code [2 * g - 1]}; 10 elements
     * @return whether the line matches (groups are set only then)
     */
    static boolean match(String text, int from, int end, int[] groups) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return byExpression(text, from, end, groups);
            }
        }
        int p = skipSpace(text, from, end);
        if (p < end && text.charAt(p) == '[') {
            // a task box must be followed by white space and the opening '**'
            if (p + 2 >= end || " xX".indexOf(text.charAt(p + 1)) < 0 || text.charAt(p + 2) != ']') {
                return false;
            }
            int r = skipSpace(text, p + 3, end);
            if (r == p + 3) {
                return false;
            }
            p = r;
        }
        if (p + 1 >= end || text.charAt(p) != '*' || text.charAt(p + 1) != '*') {
            return false;
        }
        int keyStart = skipSpace(text, p + 2, end);
        int close = text.indexOf('*', keyStart);
        if (close < 0 || close >= end) {
            return false;
        }
        if (close == keyStart) {
            // no key but perhaps white space given back to it: rare, let the expression decide
            return byExpression(text, from, end, groups);
        }
        if (close + 1 >= end || text.charAt(close + 1) != '*') {
            return false;
        }
        // the shortest key: white space, at most one colon and white space may end it
        int keyEnd = close;
        while (keyEnd > keyStart + 1 && isSpace(text.charAt(keyEnd - 1))) {
            keyEnd--;
        }
        int colonInside = -1;
        if (keyEnd - 1 >= keyStart + 1 && text.charAt(keyEnd - 1) == ':') {
            colonInside = keyEnd - 1;
            keyEnd--;
            while (keyEnd > keyStart + 1 && isSpace(text.charAt(keyEnd - 1))) {
                keyEnd--;
            }
        }
        if (keyEnd - keyStart > MAX_KEY) {
            return false;
        }
        int v = skipSpace(text, close + 2, end);
        int colonAfter = -1;
        if (v < end && text.charAt(v) == ':') {
            colonAfter = v;
            v = skipSpace(text, v + 1, end);
        }
        set(groups, 1, from, p);
        set(groups, 2, keyStart, keyEnd);
        set(groups, 3, colonInside < 0 ? keyEnd : colonInside, colonInside < 0 ? keyEnd : colonInside + 1);
        set(groups, 4, colonAfter < 0 ? close + 2 : colonAfter, colonAfter < 0 ? close + 2 : colonAfter + 1);
        set(groups, 5, v, end);
        return true;
    }

    private static boolean byExpression(String text, int from, int end, int[] groups) {
        Matcher m = LABEL.matcher(text).region(from, end);
        if (!m.matches()) {
            return false;
        }
        for (int g = 1; g <= 5; g++) {
            set(groups, g, m.start(g), m.end(g));
        }
        return true;
    }

    private static void set(int[] groups, int group, int start, int end) {
        groups[2 * group - 2] = start;
        groups[2 * group - 1] = end;
    }

    private static int skipSpace(String text, int from, int end) {
        int i = from;
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \s} of {@link Pattern} without UNICODE_CHARACTER_CLASS. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
