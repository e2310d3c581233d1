package dev.procedures.core.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One secret detector, as data (the gitleaks model): an id, the kind of secret it finds, the
 * keywords that must occur in a line before its pattern runs at all, the pattern, and an
 * allow-list of values that are known examples.
 *
 * <p>The pattern names the value with one of the groups {@code dq} (double-quoted), {@code sq}
 * (single-quoted), {@code bq} (backtick-quoted) or {@code bare}; without any, the whole match is
 * the value. A group {@code key} names the secret (a variable, field or flag); a group
 * {@code user} is the user of a {@code user:password} pair. Patterns use bounded or possessive
 * quantifiers, and every pattern that starts with a run of word characters starts with a
 * look-behind so that it is tried only at the start of a run: a line of any length is scanned in
 * time linear in its length.
 *
 * @param id          stable id, for example {@code aws-access-key-id}
 * @param kind        what is found, used in messages, for example {@code AWS access key id}
 * @param form        how the match is judged, see {@link Form}
 * @param keywords    lower-case strings of which at least one must occur in the (lower-cased)
 *                    line for the pattern to run: the cheap pre-filter
 * @param commands    lower-case strings of which at least one must also occur in the line: a
 *                    command such as {@code mysql}, or text the pattern cannot match without (the
 *                    {@code @} of a URL's user info, the {@code =} or {@code :} of an assignment);
 *                    empty when any line qualifies
 * @param pattern     the pattern, run on one logical line (backslash continuations joined)
 * @param lookback    how far before a keyword occurrence a match can start (for example the
 *                    length of a key prefix before {@code password}); the pattern is tried only at
 *                    those positions, so its cost is bounded by the keyword occurrences
 * @param anchor      where in those positions a match can start at all, as the pattern's own
 *                    look-behind or {@code ^} says: a cheap test that spares the pattern the others
 * @param allow       values matching any of these are documented examples, not findings
 * @param placeholder variable name suggested when the key gives none, for example
 *                    {@code DB_PASSWORD}
 * @param separatorAfterKey the pattern reads {@code key <separator> value} where the key is one
 *                    run of name characters ({@code [\p{L}\p{N}_.-]}) holding the keyword, then
 *                    optional quotes, markup and blanks, then {@code :}, {@code =} or U+FF1A: the
 *                    scanner skips a keyword whose run no separator follows (only for a
 *                    {@link Form#KEYED} detector anchored at {@link Anchor#WORD_START})
 */
public record SecretDetector(String id, String kind, Form form, List<String> keywords, List<String> commands,
                             Pattern pattern, int lookback, Anchor anchor, List<Pattern> allow, String placeholder,
                             boolean separatorAfterKey) {

    /**
     * Where a match of a line detector can start, as its pattern says; a necessary condition
     * checked on one character before the pattern is tried at a position.
     */
    public enum Anchor {
        /** Anywhere. */
        ANYWHERE,
        /**
         * At the start of the line or after a character that is not an ASCII letter or digit: the
         * pattern starts with a look-behind that rejects those, such as {@code (?<![A-Za-z0-9_-])}.
         */
        WORD_START,
        /** Only at the start of the line: the pattern starts with {@code ^}. */
        LINE_START,
        /** Right after a {@code |}: the pattern starts with {@code (?<=\|)}. */
        AFTER_PIPE;

        /**
         * @param line     the line
         * @param position a start position in it, 0 to {@code line.length()}
         * @return whether a match may start there
         */
        public boolean allows(CharSequence line, int position) {
            return switch (this) {
                case ANYWHERE -> true;
                case WORD_START -> position == 0 || !isAsciiLetterOrDigit(line.charAt(position - 1));
                case LINE_START -> position == 0;
                case AFTER_PIPE -> position > 0 && line.charAt(position - 1) == '|';
            };
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    /** How a detector's matches are judged. */
    public enum Form {
        /**
         * A self-describing token format (cloud key, Git host token, JWT, webhook URL): only
         * masks, references and documented examples are excluded.
         */
        TOKEN,
        /**
         * {@code key <separator> value} where the key must name a secret ({@link SecretKeys});
         * in running prose the value must also look like a secret.
         */
        KEYED,
        /**
         * A form that says by itself that the value is a secret (a password flag of a known
         * command, a URL password, an {@code Authorization} header): every value that is not a
         * placeholder counts.
         */
        NAMED,
        /**
         * A sentence such as "la contraseña es ...": the value must look like a secret.
         */
        PROSE,
        /** A PEM private key block; the value is the block body. */
        PRIVATE_KEY,
        /**
         * A YAML key whose value is a literal or folded block scalar ({@code password: |}); the
         * pattern runs over the whole text (group {@code ind} = the key's indentation, {@code vi} =
         * the block's), the key must name a secret and the value is the block's first line.
         */
        BLOCK_SCALAR,
        /**
         * A Markdown table column whose header names a secret ({@code | Servicio | Contraseña |}):
         * the table is read with flexmark, the pattern only pre-filters the text for such a header,
         * and every body cell of that column that is a literal shaped like a secret is a value.
         */
        TABLE_COLUMN
    }

    public SecretDetector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(placeholder, "placeholder");
        keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        commands = commands.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
        allow = List.copyOf(allow);
        if (lookback < 0) {
            throw new IllegalArgumentException("detector " + id + ": negative lookback");
        }
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("detector " + id + " needs at least one keyword");
        }
        if (separatorAfterKey && (form != Form.KEYED || anchor != Anchor.WORD_START)) {
            throw new IllegalArgumentException("detector " + id + ": separatorAfterKey needs a keyed detector "
                    + "anchored at a word start");
        }
    }

    /**
     * A detector without the {@code separatorAfterKey} promise.
     *
     * @see #SecretDetector(String, String, Form, List, List, Pattern, int, Anchor, List, String, boolean)
     */
    public SecretDetector(String id, String kind, Form form, List<String> keywords, List<String> commands,
                          Pattern pattern, int lookback, Anchor anchor, List<Pattern> allow, String placeholder) {
        this(id, kind, form, keywords, commands, pattern, lookback, anchor, allow, placeholder, false);
    }

    /**
     * @param value a candidate value
     * @return whether the allow-list names it as a documented example
     */
    public boolean allowed(String value) {
        for (Pattern p : allow) {
            if (p.matcher(value).matches()) {
                return true;
            }
        }
        return false;
    }
}
