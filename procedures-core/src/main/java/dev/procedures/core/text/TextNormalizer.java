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
        String s = HTML_TAG.matcher(text).replaceAll(" ");
        s = MARKUP.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        s = foldAccents(s).toLowerCase(Locale.ROOT);
        s = SPACES.matcher(s).replaceAll(" ").trim();
        s = NUMBERING.matcher(s).replaceFirst("");
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
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
