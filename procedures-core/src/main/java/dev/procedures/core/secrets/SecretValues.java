package dev.procedures.core.secrets;

import dev.procedures.core.io.Sha256;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Value helpers shared by the detectors: masking, hashing, percent-decoding, the test for values
 * that are references or placeholders instead of literals, and the "looks like a secret" shape
 * used where a value sits in running prose.
 *
 * <p>None of these methods logs or throws with the value in a message. Stateless and thread-safe.
 */
public final class SecretValues {

    /** Fixed mask appended to the visible prefix. Its length never depends on the value. */
    public static final String MASK = "********";

    /** Values shorter than this show no prefix at all when masked. */
    private static final int MIN_LENGTH_FOR_PREFIX = 8;

    private static final String HASH_PREFIX = "no-credentials\u0000";

    private static final Pattern PERCENT_VAR = Pattern.compile("%[A-Za-z_][A-Za-z0-9_]{0,63}%");
    private static final Pattern UPPER_NAME = Pattern.compile("[A-Z]{2,}(?:_[A-Z0-9]+)*|[A-Z]+(?:_[A-Z0-9]+)+");
    private static final Pattern MASK_RUN = Pattern.compile("(?i)x{4,}|\\*{3,}|\\.{3,}|\u2026|\u2022{2,}|#{4,}");
    private static final Pattern ONLY_MASK = Pattern.compile("(?i)[x*.\u2022#_\\- ]{3,}");
    private static final Pattern DOTTED_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}(?:\\.[A-Za-z_][A-Za-z0-9_]{0,63}){1,8}");
    private static final Pattern STORE_REFERENCE = Pattern.compile(
            "(?i)(?:op://|vault:|ref\\+[a-z0-9]{1,20}://|arn:aws:secretsmanager:|arn:aws:ssm:|secretsmanager:|ENC\\[|"
                    + "projects/[^/]{1,64}/secrets/|@Microsoft\\.KeyVault\\().*");
    private static final Pattern STORE_COMMAND = Pattern.compile(
            "(?i)(?:\\bvault\\s{1,4}(?:kv\\s{1,4})?(?:get|read)\\b|\\bsecretsmanager\\b|\\bgcloud\\s{1,4}secrets\\b"
                    + "|\\baz\\s{1,4}keyvault\\b|\\bkubectl\\s{1,4}get\\s{1,4}secrets?\\b|\\bop\\s{1,4}read\\b"
                    + "|\\bpass\\s{1,4}show\\b|\\bbw\\s{1,4}get\\b|\\bsops\\s{1,4}-d\\b|\\bdoppler\\s{1,4}secrets\\b"
                    + "|\\bssm\\s{1,4}get-parameter)");

    private SecretValues() {
    }

    /**
     * Masks a secret value: the first two characters when the value has at least eight, then
     * {@link #MASK}; only the mask for shorter values.
     *
     * @param value the clear value
     * @return for example {@code hu********}
     */
    public static String mask(String value) {
        if (value == null || value.length() < MIN_LENGTH_FOR_PREFIX) {
            return MASK;
        }
        int cut = Character.isHighSurrogate(value.charAt(1)) ? 1 : 2;
        return value.substring(0, cut) + MASK;
    }

    /**
     * Hashes a secret value for fingerprints (SHA-256 over {@code "no-credentials\0" + value}).
     *
     * @param value the clear value (after percent-decoding where the detector decodes)
     * @return 64 lower-case hex characters
     */
    public static String hash(String value) {
        return Sha256.hex(HASH_PREFIX + value);
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8 (RFC 3986 userinfo). Unlike {@link java.net.URLDecoder}
     * it never throws (an invalid escape stays as written) and does not turn {@code +} into a
     * space, so no exception can carry the value.
     *
     * @param value the encoded value
     * @return the decoded value
     */
    public static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()
                    && hex(value.charAt(i + 1)) >= 0 && hex(value.charAt(i + 2)) >= 0) {
                out.write(hex(value.charAt(i + 1)) * 16 + hex(value.charAt(i + 2)));
                i += 3;
            } else {
                int cp = value.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /**
     * Whether a value is a reference to a secret rather than the secret itself: a shell, batch or
     * template variable ({@code ${X}}, {@code $X}, {@code $(cmd)}, {@code %X%}, {@code {{ x }}},
     * {@code ${{ secrets.X }}}), a bracketed placeholder ({@code <password>}, {@code [password]},
     * {@code {password}}), a mask ({@code XXX}, {@code ****}, {@code ...}), a command
     * substitution, a YAML tag, a file reference ({@code @file}, as in {@code vault kv put} or
     * {@code curl -d}), or a secret store reference or lookup command.
     *
     * @param value the value as written (quotes removed)
     * @return whether it is not a literal secret
     */
    public static boolean isReference(String value) {
        String t = value.strip();
        if (t.isEmpty()) {
            return true;
        }
        char first = t.charAt(0);
        if (first == '$' || first == '<' || first == '`' || first == '!' || first == '@') {
            return true;
        }
        if (t.contains("${") || t.contains("$(") || t.contains("{{") || t.contains("}}") || t.contains("$env:")
                || PERCENT_VAR.matcher(t).find()) {
            return true;
        }
        if ((first == '[' && t.endsWith("]")) || (first == '{' && t.endsWith("}")) || (first == '(' && t.endsWith(")"))) {
            return true;
        }
        return isMask(t) || STORE_REFERENCE.matcher(t).matches() || STORE_COMMAND.matcher(t).find();
    }

    /**
     * @param value a value
     * @return whether it is a mask such as {@code XXX}, {@code xxxx-xxxx}, {@code ****} or
     *         {@code ...}, or contains one ({@code sk_live_XXXXXXXX})
     */
    public static boolean isMask(String value) {
        return ONLY_MASK.matcher(value).matches() || "XXX".equalsIgnoreCase(value) || MASK_RUN.matcher(value).find();
    }

    /**
     * Whether a value is an upper-case word that names the secret instead of holding it
     * ({@code TOKEN}, {@code PASSWORD}, {@code YOUR_API_TOKEN}): letters only, or words of
     * letters and digits joined by underscores.
     *
     * @param value the value
     * @return whether it reads as a name
     */
    public static boolean isUpperCaseName(String value) {
        return UPPER_NAME.matcher(value).matches();
    }

    /**
     * @param value a bare (unquoted) value
     * @return whether it is a file path ({@code /x}, {@code ./x}, {@code ~/x}, {@code C:\x})
     */
    public static boolean isPath(String value) {
        return value.startsWith("/") || value.startsWith("./") || value.startsWith("../") || value.startsWith("~/")
                || (value.length() > 2 && Character.isLetter(value.charAt(0)) && value.charAt(1) == ':'
                && value.charAt(2) == '\\');
    }

    /**
     * @param value a bare value in code
     * @return whether it is an attribute reference such as {@code settings.DB_PASSWORD}
     */
    public static boolean isDottedIdentifier(String value) {
        return DOTTED_IDENTIFIER.matcher(value).matches() && value.chars().noneMatch(Character::isDigit);
    }

    /**
     * The shape a value must have to count as a secret where it sits in running prose (for
     * example after "la contraseña es"): at least six characters and at least two of lower case,
     * upper case, digits and symbols, a capitalised word not counting as mixed case, and no white
     * space (a value with spaces in prose is a sentence).
     *
     * @param value the value
     * @return whether it looks like a secret rather than a word
     */
    public static boolean looksLikeSecret(String value) {
        if (value.length() < 6 || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isUpperCase(c)) {
                upper |= i > 0;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        return classes >= 2;
    }
}
