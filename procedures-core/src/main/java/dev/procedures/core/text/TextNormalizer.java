package dev.procedures.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises text so that headings, field names and values compare the way people read them:
 * Unicode NFC, then accents and case folded ({@code Validación} = {@code Validacion} =
 * {@code VALIDACION}), inline markup removed ({@code **}, backticks, HTML tags), underscores and
 * hyphens read as spaces ({@code por_demanda} = {@code por-demanda} = {@code por demanda}),
 * leading numbering removed ({@code 1.}, {@code 5.2}, {@code 3)}), white space collapsed.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern HTML_TAG = Pattern.compile("<[^<>\\n]{0,200}>");
    private static final Pattern MARKUP = Pattern.compile("[*`~]+");
    /** Pictographs and their joiners ({@code ## 🔧 Troubleshooting}): decoration, not words. */
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Cs}\\uFE0F\\u200D]+");
    private static final Pattern SEPARATORS = Pattern.compile("[_\\-]+");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3}){0,4}[.)]?|[ivxlc]{1,6}[.)])\\s+");
    /** Unicode white space, so a no-break space pasted from an editor is a space too. */
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextNormalizer() {
    }

    /**
     * Folds text for comparison.
     *
     * @param text any text, may be {@code null}
     * @return the folded key: lower case, no accents, no markup, no leading numbering, single
     *         spaces, trimmed, trailing colons removed; empty for {@code null}
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String fast = foldLatin1(text);
        return fast != null ? fast : foldGeneral(text);
    }

    /**
     * The definition of {@link #fold}: a chain of regular expressions and Unicode normalisation.
     * {@link #foldLatin1} gives the same result without them for the common case.
     */
    static String foldGeneral(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = HTML_TAG.matcher(text).replaceAll(" ");
        s = MARKUP.matcher(s).replaceAll("");
        s = SYMBOLS.matcher(s).replaceAll(" ");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        s = foldAccents(s).toLowerCase(Locale.ROOT);
        s = SPACES.matcher(s).replaceAll(" ").trim();
        return stripNumberingAndColons(s);
    }

    /**
     * Per character of U+0000..U+00FF: its accent- and case-folded form, computed once with the
     * general path ({@code foldAccents(c).toLowerCase(ROOT)}), or 0 where the fast path must not
     * decide alone: characters of the markup, separator and white-space steps (handled in
     * {@link #foldLatin1}), {@code <} (may open an HTML tag), control characters, other white space
     * such as the no-break space (left to the general path's Unicode white space), and any character
     * whose folded form is not one plain character. Latin-1 holds no combining mark, so folding
     * character by character equals folding the whole string.
     */
    private static final char[] LATIN1 = new char[256];

    static {
        for (char c = 0; c < 256; c++) {
            String folded = foldAccents(String.valueOf(c)).toLowerCase(Locale.ROOT);
            boolean plain = c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && !Character.isISOControl(c) && folded.length() == 1 && folded.charAt(0) > ' ' && folded.charAt(0) < 256
                    && "<*`~_-".indexOf(c) < 0 && "<*`~_-".indexOf(folded.charAt(0)) < 0;
            LATIN1[c] = plain ? folded.charAt(0) : 0;
        }
    }

    /**
     * {@link #foldGeneral} for text made only of U+0000..U+00FF without {@code <}: folds character
     * by character, drops markup ({@code * ` ~}), reads separators ({@code _ -}) as white space and
     * collapses white space as the general path does.
     *
     * @return the folded text, or {@code null} when the text is outside this case
     */
    private static String foldLatin1(String text) {
        int n = text.length();
        char[] out = new char[n];
        int len = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '_', '-' -> pendingSpace = true;
                case '*', '`', '~' -> {
                    // removed, like MARKUP, before separators and spaces are collapsed
                }
                default -> {
                    char folded = c < 256 ? LATIN1[c] : 0;
                    if (folded == 0) {
                        return null;
                    }
                    if (pendingSpace && len > 0) {
                        out[len++] = ' ';
                    }
                    pendingSpace = false;
                    out[len++] = folded;
                }
            }
        }
        // Leading and trailing white space were never written: the general path trims them.
        return stripNumberingAndColons(new String(out, 0, len));
    }

    private static String stripNumberingAndColons(String folded) {
        String s = folded;
        if (mayStartWithNumbering(s)) {
            s = NUMBERING.matcher(s).replaceFirst("");
        }
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
    }

    /** A necessary condition for {@link #NUMBERING} to match: a digit, or roman letters then {@code .} or {@code )}. */
    private static boolean mayStartWithNumbering(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (first >= '0' && first <= '9') {
            return true;
        }
        int i = 0;
        while (i < s.length() && i < 7 && "ivxlc".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')');
    }

    /**
     * Removes accents: NFC, then NFD and combining marks dropped ({@code ñ} becomes {@code n}).
     *
     * @param text any text
     * @return the text without combining marks, same case
     */
    public static String foldAccents(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING.matcher(nfd).replaceAll("");
    }

    /**
     * Turns a title into a kebab-case slug: accents folded, lower case, runs of other characters
     * replaced by one hyphen.
     *
     * @param title any title
     * @return for example {@code deployment-a-produccion} for {@code Deployment a producción}
     */
    public static String slug(String title) {
        String s = foldAccents(title == null ? "" : title).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s;
    }
}
