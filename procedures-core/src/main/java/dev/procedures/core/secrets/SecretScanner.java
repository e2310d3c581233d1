package dev.procedures.core.secrets;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.procedures.core.secrets.SecretDetector.Anchor;
import dev.procedures.core.secrets.SecretDetector.Form;
import dev.procedures.core.text.TextNormalizer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds literal secrets in any text (a Markdown runbook, code blocks and front matter included):
 * runs each {@link SecretDetector} on every logical line whose lower-cased text holds one of its
 * keywords, drops values that are references or placeholders, and returns {@link SecretMatch}es
 * that hold only a masked value and a hash.
 *
 * <p>Lines ending in an odd number of backslashes continue on the next line and are joined the way
 * a shell joins them (the backslash and the line break removed), so a value or a command split
 * over a continuation is seen whole; positions are reported in the original text.
 *
 * <p>Cost: every pattern is linear in the line length (bounded or possessive quantifiers,
 * look-behind at run starts), so a 1 MB line of adversarial input scans in a fraction of a second
 * (see the bench under {@code src/test}). Two forms look past one line: YAML block scalars (one
 * anchored pattern over the text, only when it holds {@code ": |"} or {@code ": >"}) and table
 * columns under a secret-named header (one flexmark parse of the text, only when a table header
 * names a secret; the same parse {@code MarkdownReader} does for every document).
 *
 * <p>Keys written with decomposed accents ({@code contrasen\u0303a}) are matched in NFC; positions
 * are still those of the original text.
 *
 * <p>Immutable and thread-safe.
 */
public final class SecretScanner {

    /**
     * Values that are obvious examples, never real secrets, compared after
     * {@link TextNormalizer#fold(String)} (case, accents, {@code _}/{@code -} as spaces). Teams
     * extend the list through {@code RuleContext.placeholderValues()}.
     */
    public static final List<String> DEFAULT_PLACEHOLDER_VALUES = List.of(
            "password", "passwd", "pass word", "mypassword", "my password", "your password", "yourpassword",
            "secret", "mysecret", "my secret", "your secret", "secret key", "your secret key", "token", "mytoken",
            "your token", "api key", "apikey", "your api key", "access token", "your access token",
            "contrasena", "tu contrasena", "su contrasena", "mi contrasena", "clave", "tu clave", "secreto",
            "usuario", "username", "user", "example", "ejemplo", "sample", "dummy", "fake", "placeholder",
            "redacted", "hidden", "oculto", "oculta", "removed", "omitted", "none", "null", "nil", "undefined",
            "true", "false", "yes", "no", "on", "off", "required", "optional", "string", "empty", "vacio", "vacia",
            "tbd", "todo", "pendiente", "n/a", "na", "xxx", "value", "valor", "your value", "tu valor", "anonymous",
            "guest", "boolean", "bool", "int", "integer", "number", "float", "object", "array", "list", "map", "str",
            "bytes", "text", "texto", "cadena", "default", "auto", "random", "generated", "generada", "generado");

    private static final Set<String> DEFAULT_FOLDED = DEFAULT_PLACEHOLDER_VALUES.stream().map(TextNormalizer::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Example values that count as placeholders only when the line says to change them. */
    private static final Set<String> CHANGE_ME = Set.of("changeme", "change me", "changethis", "change this",
            "cambiame", "cambiar", "replaceme", "replace me");
    private static final Pattern CHANGE_WORDS = Pattern.compile(
            "(?iu)\\b(?:change|changed|cambi\\w{0,8}|replace|reemplaz\\w{0,8}|sustitu\\w{0,8}|modific\\w{0,8}|rotate|rotar)\\b");
    /**
     * A possessive, any words, then the word for the secret at the end: {@code myregistrytoken},
     * {@code mi_clave_secreta}, {@code your-api-key}; not a value that merely starts with the
     * letters of a possessive ({@code superqzsecretoqz}).
     */
    private static final Pattern OWNER_SECRET_VALUE = Pattern.compile(
            "(?:my|mi|your|tu|su|our|nuestra|nuestro)[a-z0-9]{0,60}?"
                    + "(?:password|passwd|passphrase|token|secret|secreto|secreta|contrasena|clave|apikey|key|credential"
                    + "|credencial)(?:s|es)?");
    private static final Set<String> EXAMPLE_FIRST_WORDS = Set.of("your", "tu", "tus", "su", "sus", "example",
            "ejemplo", "sample", "dummy", "fake", "placeholder", "insert", "inserta", "insertar", "enter", "introduce",
            "introducir", "poner", "pon", "put", "replace", "reemplazar", "nuevo", "new", "otro", "some");
    private static final Set<String> EXAMPLE_LAST_WORDS = Set.of("here", "aqui", "example", "ejemplo",
            "placeholder", "goes here");
    private static final Pattern CODE_PREFIX = Pattern.compile(
            "(?i)(?:\\bexport|\\bset|\\bsetx|\\bdeclare -x|\\blocal|\\breadonly|\\benv|-e|--env|--build-arg|"
                    + "--set|--from-literal|\\$env:)$");

    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{1,30}+://");

    private final List<SecretDetector> detectors;
    private final Set<String> placeholders;
    /** All keywords and commands of the line detectors, matched in one pass per line. */
    private final KeywordIndex keywordIndex;
    /** Per detector, the ids of its keywords and of its commands in {@link #keywordIndex}. */
    /** Words of a detector set: detector {@code d} is bit {@code d % 64} of word {@code d / 64}. */
    private final int detectorWords;
    /** The detectors without commands, and those that run line by line. */
    private final long[] commandless;
    private final long[] lineDetectors;
    /** The first combining mark: a line of characters below it is already in NFC. */
    private static final char FIRST_COMBINING = '\u0300';

    /**
     * @param detectors         the detectors, in priority order
     * @param placeholderValues extra example values (folded or not) that are never secrets; added
     *                          to {@link #DEFAULT_PLACEHOLDER_VALUES}
     */
    public SecretScanner(List<SecretDetector> detectors, Collection<String> placeholderValues) {
        this.detectors = List.copyOf(detectors);
        int count = this.detectors.size();
        detectorWords = Math.max(1, (count + 63) / 64);
        commandless = new long[detectorWords];
        lineDetectors = new long[detectorWords];
        // group d: the keywords of detector d; group 64 * detectorWords + d: its commands
        List<List<String>> groups = new ArrayList<>();
        for (int g = 0; g < 2 * 64 * detectorWords; g++) {
            groups.add(List.of());
        }
        for (int d = 0; d < count; d++) {
            SecretDetector detector = this.detectors.get(d);
            groups.set(d, detector.keywords());
            groups.set(64 * detectorWords + d, detector.commands());
            if (detector.commands().isEmpty()) {
                commandless[d / 64] |= 1L << (d % 64);
            }
            if (lineForm(detector)) {
                lineDetectors[d / 64] |= 1L << (d % 64);
            }
        }
        this.keywordIndex = new KeywordIndex(groups);
        if (placeholderValues.isEmpty()) {
            this.placeholders = DEFAULT_FOLDED;
        } else {
            Set<String> p = new LinkedHashSet<>(DEFAULT_FOLDED);
            placeholderValues.forEach(v -> p.add(TextNormalizer.fold(v)));
            this.placeholders = Set.copyOf(p);
        }
    }

    private static final java.util.concurrent.ConcurrentMap<List<String>, SecretScanner> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A scanner with the built-in detectors and these extra placeholder values, built once and
     * shared: building the keyword automaton costs more than scanning one file.
     *
     * @param placeholderValues extra example values, as configured
     * @return the shared scanner for that list
     */
    public static SecretScanner withPlaceholders(List<String> placeholderValues) {
        return SHARED.computeIfAbsent(List.copyOf(placeholderValues),
                values -> new SecretScanner(SecretDetectors.defaults(), values));
    }

    /** @return a scanner with the built-in detectors and placeholder values */
    public static SecretScanner defaults() {
        return withPlaceholders(List.of());
    }

    /**
     * Scans a text.
     *
     * @param text any text; {@code \n} or {@code \r\n} line endings
     * @return the literal secrets found, in text order, at most one per value position
     */
    public List<SecretMatch> scan(String text) {
        List<Candidate> kept = candidates(text);
        if (kept.isEmpty()) {
            return List.of();
        }
        LineIndex index = new LineIndex(text);
        List<SecretMatch> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            out.add(new SecretMatch(index.line(c.start), index.column(c.start), c.kind, c.key, c.masked, c.hash,
                    c.detector.id(), c.placeholder));
        }
        return out;
    }

    /**
     * A redactor for the messages of other rules about the same text: a message may quote a line
     * (a step title, a label value) that holds a secret, and must show it masked as this scanner
     * would. The clear values stay inside the redactor, which lives only while one file is checked.
     *
     * @param text the text of one file
     * @return a function that masks every secret value of that text in a message
     */
    public Redactor redactor(String text) {
        return new Redactor(this, values(text, candidates(text)));
    }

    /** The clear values of the candidates of a text, longest first, each line of a multi-line value apart. */
    private static List<String> values(String text, List<Candidate> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Candidate c : found) {
            String raw = text.substring(c.start, Math.min(text.length(), Math.max(c.start, c.end)));
            for (String part : raw.split("\\\\?\\r?\\n")) {
                addValue(values, part.strip());
            }
            if (c.value != null) {
                // the value as judged: a bare value loses a closing ')' of the Markdown around it
                // and a URL password is percent-decoded, so a message may quote this form only;
                // a path quoted apart from its first segment ("in docs/token=X") keeps it too
                addValue(values, c.value);
                int slash = c.value.indexOf('/');
                if (slash > 0) {
                    addValue(values, c.value.substring(0, slash));
                }
            }
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
        return values;
    }

    private static void addValue(List<String> values, String v) {
        if (v.length() >= 4 && !values.contains(v)) {
            values.add(v);
        }
    }

    /** Masks known secret values in messages; see {@link #redactor(String)}. */
    public static final class Redactor {
        private final SecretScanner scanner;
        private final List<String> values;

        private Redactor(SecretScanner scanner, List<String> values) {
            this.scanner = scanner;
            this.values = values;
        }

        /**
         * @param message a finding message
         * @return the message with every secret value of the file replaced by its masked form
         */
        public String redact(String message) {
            return mask(message, values);
        }

        /**
         * Masks a free-text field read from the file (a title, a duration) before it is kept in an
         * output that outlives the check (the README index, the result cache): first every secret
         * value of the file, as {@link #redact(String)}; then every secret the field shows on its
         * own, which catches a value the file writes escaped ({@code \_} in Markdown, {@code \x41}
         * in YAML) and the field holds decoded. The second step scans only the field (tens of
         * characters), never the file again.
         *
         * @param field the field as read from the file
         * @return the field with every secret value masked; the same instance when none is found
         */
        public String redactField(String field) {
            String once = mask(field, values);
            List<String> own = values(once, scanner.scanCandidates(once));
            return own.isEmpty() ? once : mask(once, own);
        }

        private static String mask(String text, List<String> values) {
            String result = text;
            for (String v : values) {
                if (result.contains(v)) {
                    result = result.replace(v, SecretValues.mask(v));
                }
            }
            return result;
        }

        /** @return whether the file holds no secret, so messages need no redaction */
        public boolean isEmpty() {
            return values.isEmpty();
        }
    }

    /**
     * The last text scanned on this thread and what was found: the engine scans each file twice in a
     * row, once for no-credentials and once to mask secrets in other rules' messages, with the same
     * text instance; the second scan reuses the first.
     */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    private List<Candidate> candidates(String text) {
        Object[] last = LAST.get();
        if (last != null && last[0] == text && last[1].equals(detectors) && last[2].equals(placeholders)) {
            @SuppressWarnings("unchecked")
            List<Candidate> reused = (List<Candidate>) last[3];
            return reused;
        }
        List<Candidate> found = scanCandidates(text);
        LAST.set(new Object[] {text, detectors, placeholders, found});
        return found;
    }

    private List<Candidate> scanCandidates(String text) {
        List<Candidate> candidates = new ArrayList<>();
        long[] present = new long[keywordIndex.words()];
        // the detectors that scan the whole text, marked by the lines that hold their keywords
        long[] textDetectors = new long[detectorWords];
        int n = text.length();
        char[] chars = text.toCharArray();
        KeywordIndex.Line seen = new KeywordIndex.Line();
        int lineStart = 0;
        while (lineStart <= n) {
            // one automaton pass over the physical line, to its '\n'
            keywordIndex.scanLine(chars, lineStart, present, seen);
            int end = seen.end;
            boolean any = seen.found;
            boolean composable = seen.wide && hasCombiningRange(chars, lineStart, end);
            // A line of characters below U+0300 is its own NFC, and one not continued by a
            // backslash is its own logical line: what was found is what scanLine would find.
            boolean exact = !composable && !Logical.continues(text, lineStart, end);
            if (exact && !(any && selects(present, textDetectors))) {
                if (any) {
                    java.util.Arrays.fill(present, 0);
                }
                if (end >= n) {
                    break;
                }
                lineStart = end + 1;
                continue;
            }
            Logical logical = Logical.read(text, lineStart, exact);
            scanLine(logical, candidates, textDetectors, exact ? present : null);
            java.util.Arrays.fill(present, 0);
            if (logical.nextStart < 0) {
                break;
            }
            lineStart = logical.nextStart;
        }
        scanPrivateKeys(text, candidates, textDetectors);
        scanBlockScalars(text, candidates, textDetectors);
        scanTableColumns(text, candidates, textDetectors);
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.priority).thenComparingInt(c -> c.start));
        java.util.TreeMap<Integer, Candidate> spans = new java.util.TreeMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            java.util.Map.Entry<Integer, Candidate> before = spans.floorEntry(c.start);
            java.util.Map.Entry<Integer, Candidate> after = spans.ceilingEntry(c.start);
            boolean overlaps = before != null && before.getValue().end > c.start
                    || after != null && after.getKey() < Math.max(c.end, c.start + 1);
            if (!overlaps) {
                spans.put(c.start, c);
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        return List.copyOf(kept);
    }

    /** @return whether {@code chars[from, to)} holds a character from {@link #FIRST_COMBINING} on */
    private static boolean hasCombiningRange(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] >= FIRST_COMBINING) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ logical lines

    /** A logical line: physical lines joined at backslash continuations, with an offset map. */
    private static final class Logical {
        final String text;
        final int[] offsets;
        final int nextStart;

        private Logical(String text, int[] offsets, int nextStart) {
            this.text = text;
            this.offsets = offsets;
            this.nextStart = nextStart;
        }

        /**
         * @return whether the physical line {@code source[start, end)} (end at its {@code \n} or
         *         the end of the text) continues on the next: an odd number of backslashes ends it
         */
        static boolean continues(String source, int start, int end) {
            if (end >= source.length()) {
                return false;
            }
            int contentEnd = end > start && source.charAt(end - 1) == '\r' ? end - 1 : end;
            int backslashes = 0;
            while (contentEnd - backslashes - 1 >= start && source.charAt(contentEnd - backslashes - 1) == '\\') {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        /**
         * @param nfc whether the line is known to be in NFC already (no character from U+0300 on)
         */
        static Logical read(String source, int start, boolean nfc) {
            StringBuilder sb = new StringBuilder();
            int[] map = new int[64];
            int n = 0;
            int pos = start;
            while (true) {
                int nl = source.indexOf('\n', pos);
                int end = nl < 0 ? source.length() : nl;
                int contentEnd = end > pos && source.charAt(end - 1) == '\r' ? end - 1 : end;
                int backslashes = 0;
                while (contentEnd - backslashes - 1 >= pos && source.charAt(contentEnd - backslashes - 1) == '\\') {
                    backslashes++;
                }
                boolean continues = nl >= 0 && backslashes % 2 == 1;
                int copyEnd = continues ? contentEnd - 1 : contentEnd;
                if (n + (copyEnd - pos) + 1 > map.length) {
                    map = java.util.Arrays.copyOf(map, Math.max(map.length * 2, n + (copyEnd - pos) + 1));
                }
                for (int i = pos; i < copyEnd; i++) {
                    map[n++] = i;
                }
                sb.append(source, pos, copyEnd);
                if (!continues) {
                    map[n] = copyEnd;
                    return nfc ? new Logical(sb.toString(), map, nl < 0 ? -1 : nl + 1)
                            : composed(sb.toString(), map, nl < 0 ? -1 : nl + 1);
                }
                pos = nl + 1;
            }
        }

        /**
         * The line in NFC: a base character followed by combining marks ({@code n} + U+0303) is
         * composed ({@code ñ}) where Unicode has a composed form, so that keys written with
         * decomposed accents match; every composed character maps to the offset of its base
         * character, so positions stay those of the original text.
         */
        private static Logical composed(String text, int[] map, int nextStart) {
            if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                return new Logical(text, map, nextStart);
            }
            StringBuilder sb = new StringBuilder(text.length());
            int[] out = new int[text.length() + 1];
            int n = 0;
            int i = 0;
            while (i < text.length()) {
                int j = i + Character.charCount(text.codePointAt(i));
                while (j < text.length() && j - i < 16 && isMark(text.charAt(j))) {
                    j++;
                }
                String piece = j - i > 1 ? Normalizer.normalize(text.substring(i, j), Normalizer.Form.NFC)
                        : text.substring(i, j);
                if (piece.length() > j - i) {
                    piece = text.substring(i, j); // never grow: keep the map one to one or shorter
                }
                for (int k = 0; k < piece.length(); k++) {
                    out[n++] = map[i + k];
                }
                sb.append(piece);
                i = j;
            }
            out[n] = map[text.length()];
            return new Logical(sb.toString(), out, nextStart);
        }

        private static boolean isMark(char c) {
            int t = Character.getType(c);
            return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                    || t == Character.ENCLOSING_MARK;
        }

        int offset(int index) {
            return offsets[Math.min(index, text.length())];
        }
    }

    // ------------------------------------------------------------------ scanning

    private static final class Candidate {
        SecretDetector detector;
        int priority;
        int start;
        int end;
        String kind;
        String key;
        /** The value as judged (trimmed, decoded), for redaction; never printed. */
        String value;
        String masked;
        String hash;
        String placeholder;
    }

    /** Where the flag detector can match at all: {@code --} right before a letter, as in {@code --password}. */
    private static final Pattern FLAG_START = Pattern.compile("(?<![a-z0-9_-])--[a-z]");

    /**
     * Turns the keyword groups found in a line into the detectors that run on it (in place: the
     * first {@link #detectorWords} words of {@code present} become that set): those with a keyword
     * and, if they have commands, a command. Marks in {@code textDetectors} the whole-text
     * detectors that the line qualifies.
     *
     * @return whether a line detector runs
     */
    private boolean selects(long[] present, long[] textDetectors) {
        boolean line = false;
        for (int w = 0; w < detectorWords; w++) {
            long runs = present[w] & (commandless[w] | present[detectorWords + w]);
            present[w] = runs;
            line |= (runs & lineDetectors[w]) != 0;
            textDetectors[w] |= runs & ~lineDetectors[w];
        }
        return line;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(long[] set, int d) {
        return (set[d / 64] & 1L << (d % 64)) != 0;
    }

    /** Detectors that run line by line (the others scan the whole text). */
    private static boolean lineForm(SecretDetector d) {
        return d.form() != Form.PRIVATE_KEY && d.form() != Form.BLOCK_SCALAR && d.form() != Form.TABLE_COLUMN;
    }

    /**
     * @param selected the detectors selected for this line by the pass over the whole text (see
     *                 {@link #selects}), or null to look for the keywords here
     */
    private void scanLine(Logical line, List<Candidate> out, long[] textDetectors, long[] selected) {
        String text = line.text;
        if (text.isEmpty()) {
            return;
        }
        long[] present = selected;
        if (present == null) {
            // one pass for the keywords of every detector
            present = new long[keywordIndex.words()];
            if (!keywordIndex.find(text, 0, text.length(), present) || !selects(present, textDetectors)) {
                return;
            }
        }
        String lower = lowerCase(text);
        for (int d = 0; d < detectors.size(); d++) {
            SecretDetector detector = detectors.get(d);
            if (!has(lineDetectors, d) || !has(present, d)) {
                continue;
            }
            // The automaton folds accents, so it also finds "curĺ" (curl + U+0301, composed) for
            // "curl". A keyword only marks where the pattern is tried (positions come from the
            // lower-cased line), but a command is context the pattern does not match itself: it
            // must occur in the lower-cased line as written.
            if (!detector.commands().isEmpty() && !containsAny(lower, detector.commands())) {
                continue;
            }
            if (detector.id().equals("flag") && !FLAG_START.matcher(lower).find()) {
                continue; // "--" of table separators and rules, not a flag
            }
            Matcher m = detector.pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            // Every match contains a keyword and starts at most `lookback` characters before it,
            // where the detector's anchor allows: try only those start positions, each once, in
            // increasing order.
            int tried = 0;
            Anchor anchor = detector.anchor();
            boolean keyValue = detector.separatorAfterKey() && lower.length() == text.length();
            for (int k : keywordPositions(lower, detector.keywords())) {
                if (keyValue && !separatorFollowsName(text, k)) {
                    continue;
                }
                for (int s = Math.max(tried, k - detector.lookback()); s <= k; s++) {
                    tried = s + 1;
                    if (!anchor.allows(text, s)) {
                        continue;
                    }
                    m.region(s, text.length());
                    if (!m.lookingAt()) {
                        continue;
                    }
                    ValueSpan v = valueOf(m);
                    Candidate c = judge(detector, m, v, text);
                    if (c != null) {
                        c.priority = d;
                        c.start = line.offset(v.start);
                        c.end = line.offset(v.end);
                        out.add(c);
                        tried = Math.max(m.end(), s + 1);
                        break;
                    }
                }
            }
        }
    }

    /**
     * A necessary condition for a key-value match whose key holds the keyword at {@code keyword}:
     * the run of name characters ({@code [\p{L}\p{N}_.-]}) around it is followed, after quotes,
     * markup and blanks, by a separator ({@code :}, {@code =} or U+FF1A). A match that starts in the
     * keyword's window but not in its run has a key that ends before it, and holds an earlier
     * keyword whose window found it already; so skipping a keyword that fails this test changes no
     * result, it only spares the pattern tries (most lines that name a password, "Validación final:
     * PASS" or "credenciales incorrectas", have no separator after the word).
     *
     * @param text    the line
     * @param keyword where a keyword starts in it
     * @return false only where no such match can hold the keyword
     */
    static boolean separatorFollowsName(String text, int keyword) {
        int n = text.length();
        int i = keyword;
        while (i < n && isNameChar(text.charAt(i))) {
            i++;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c != '"' && c != '\'' && c != '*' && c != '_' && c != ' ' && c != '\t') {
                break;
            }
            i++;
        }
        return i < n && (text.charAt(i) == ':' || text.charAt(i) == '=' || text.charAt(i) == '\uFF1A');
    }

    /** {@code [\p{L}\p{N}_.-]}, with surrogates counted in (a wider run only makes the test weaker). */
    private static boolean isNameChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                    || c == '-';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || Character.isSurrogate(c);
    }

    /** Sorted, distinct positions of every occurrence of any keyword. */
    private static int[] keywordPositions(String lower, List<String> keywords) {
        int[] pos = new int[16];
        int n = 0;
        for (String kw : keywords) {
            int i = lower.indexOf(kw);
            while (i >= 0) {
                if (n == pos.length) {
                    pos = java.util.Arrays.copyOf(pos, n * 2);
                }
                pos[n++] = i;
                i = lower.indexOf(kw, i + 1);
            }
        }
        int[] sorted = java.util.Arrays.copyOf(pos, n);
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return java.util.Arrays.copyOf(sorted, distinct);
    }

    private record ValueSpan(int start, int end, String raw, boolean quoted, boolean backtick) {
    }

    private static ValueSpan valueOf(Matcher m) {
        for (String g : new String[] {"dq", "sq", "bq", "bare", "ud", "us"}) {
            int s = groupStart(m, g);
            if (s >= 0) {
                // a value after a quote never closed is judged as a bare one
                boolean quoted = g.equals("dq") || g.equals("sq") || g.equals("bq");
                return new ValueSpan(s, m.end(g), m.group(g), quoted, g.equals("bq"));
            }
        }
        return new ValueSpan(m.start(), m.end(), m.group(), false, false);
    }

    private static int groupStart(Matcher m, String group) {
        return hasGroup(m, group) ? m.start(group) : -1;
    }

    private static String group(Matcher m, String group) {
        return hasGroup(m, group) ? m.group(group) : null;
    }

    /** Named groups of a pattern (Java 17 has no API for them; looking one up must not throw per match). */
    private static final java.util.Map<Pattern, Set<String>> GROUPS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private static boolean hasGroup(Matcher m, String group) {
        return GROUPS.computeIfAbsent(m.pattern(), p -> {
            Set<String> names = new java.util.HashSet<>();
            Matcher g = GROUP_NAME.matcher(p.pattern());
            while (g.find()) {
                names.add(g.group(1));
            }
            return Set.copyOf(names);
        }).contains(group);
    }

    private Candidate judge(SecretDetector detector, Matcher m, ValueSpan v, String line) {
        // the text around the match, bounded so that a long line costs the same per match as a short one
        String around = line.substring(Math.max(0, m.start() - 200), Math.min(line.length(), m.end() + 200));
        String value = v.raw;
        if (!v.quoted) {
            value = trimBare(value, detector.form() == Form.PROSE);
            if (value.isEmpty()) {
                return null;
            }
        }
        String key = group(m, "key");
        String user = group(m, "user");
        String kind = detector.kind();
        String placeholder = detector.placeholder();
        switch (detector.form()) {
            case TOKEN -> {
                if (detector.allowed(value) || SecretValues.isMask(value) || value.contains("${")
                        || value.contains("{{") || isExample(value, around)) {
                    return null;
                }
                key = detector.kind();
            }
            case NAMED -> {
                if (detector.id().equals("url-userinfo")) {
                    value = SecretValues.percentDecode(value);
                    if (user != null && isPortLike(user, value)) {
                        return null;
                    }
                }
                if (!isLiteral(value, v, around) || detector.allowed(value)) {
                    return null;
                }
                if (user != null && !user.isEmpty() && !SecretValues.isReference(SecretValues.percentDecode(user))) {
                    key = displayUser(SecretValues.percentDecode(user));
                    placeholder = key.endsWith(SecretValues.MASK) ? "${" + detector.placeholder() + "}"
                            : usablePlaceholder(user, detector.placeholder());
                } else {
                    key = key != null ? key : detector.kind();
                }
            }
            case KEYED -> {
                if (key == null || !SecretKeys.isSecretName(key) || isEnvReference(m, line)) {
                    return null;
                }
                if (!v.quoted && (v.end < line.length() && (line.charAt(v.end) == '(' || line.charAt(v.end) == '['))) {
                    return null;
                }
                if (!isLiteral(value, v, around) || value.startsWith("-") && detector.id().equals("flag")) {
                    return null;
                }
                if (detector.id().equals("flag") && isProseLabel(v, line)) {
                    return null; // "Caso --password space:": a word that labels what follows, not a value
                }
                if (detector.id().equals("flag") && helpColumn(line, v.start) && !SecretValues.looksLikeSecret(value)) {
                    return null; // "--maskSecrets      enable masking ...": a help text column, not a value
                }
                if (needsShape(m, v, line) && !SecretValues.looksLikeSecret(value)) {
                    return null;
                }
                kind = kindOf(key);
                placeholder = SecretKeys.placeholderFor(stripKey(key), defaultVariable(kind));
                key = stripKey(key);
            }
            case PROSE -> {
                // a table cell or sentence names a secret in a few words ("Contraseña", "API key");
                // a longer cell is a title ("Rotación de Credenciales de Redis Cache")
                if (key == null || SecretKeys.words(key).size() > 3 || !SecretKeys.isSecretName(key.strip())
                        || afterPalabra(line, m.start("key"))
                        || !isLiteral(value, v, around)
                        || ((!v.backtick || !detector.id().equals("prose")) && !SecretValues.looksLikeSecret(value))) {
                    return null;
                }
                key = key.strip();
                kind = kindOf(key);
                placeholder = SecretKeys.placeholderFor(key, defaultVariable(kind));
            }
            default -> {
                return null;
            }
        }
        Candidate c = new Candidate();
        c.detector = detector;
        c.kind = kind;
        c.key = key;
        c.value = value;
        c.masked = SecretValues.mask(value);
        c.hash = SecretValues.hash(value);
        c.placeholder = placeholder;
        return c;
    }

    /** Whether a literal value (not a reference, placeholder, path or code) stands here. */
    private boolean isLiteral(String value, ValueSpan v, String line) {
        if (value.length() < 4 || SecretValues.isReference(value) || isExample(value, line)) {
            return false;
        }
        for (SecretDetector d : detectors) {
            if (d.form() == Form.TOKEN && d.allowed(value)) {
                return false; // a documented example token stays one in a header or an assignment
            }
        }
        if (SecretValues.isUpperCaseName(value) || URL.matcher(value).lookingAt()) {
            return false; // a URL's password is judged by the url-userinfo detector
        }
        if (SecretValues.isPath(value)) {
            return false;
        }
        // bare words and `code` are code: an attribute, a call or an index reads a value
        if ((!v.quoted || v.backtick) && (SecretValues.isDottedIdentifier(value)
                || value.indexOf('(') >= 0 || value.indexOf('[') >= 0)) {
            return false;
        }
        return true;
    }

    /** Whether the configured or built-in example lists name this value. */
    private boolean isExample(String value, String line) {
        String folded = TextNormalizer.fold(value);
        if (folded.isEmpty() || placeholders.contains(folded)) {
            return true;
        }
        if (CHANGE_ME.contains(folded)) {
            return CHANGE_WORDS.matcher(line).find();
        }
        String[] words = folded.split(" ");
        if (words.length > 1 && (EXAMPLE_FIRST_WORDS.contains(words[0])
                || EXAMPLE_LAST_WORDS.contains(words[words.length - 1]))) {
            return true;
        }
        if (folded.endsWith("example") || folded.endsWith("ejemplo") || folded.startsWith("example")
                || folded.startsWith("ejemplo")) {
            return true;
        }
        // "myregistrytoken", "mi_clave_secreta", "your-api-key": a possessive plus the word for the secret
        String compact = folded.replace(" ", "");
        return OWNER_SECRET_VALUE.matcher(compact).matches();
    }

    /**
     * In running prose a key word followed by a colon is often not an assignment ("palabra
     * clave: ..."), and a colon value followed by more words is a sentence: such values must look
     * like a secret.
     */
    private static boolean needsShape(Matcher m, ValueSpan v, String line) {
        String kq = group(m, "kq");
        String sep = group(m, "sep");
        if ("\uFF1A".equals(sep)) {
            sep = ":";
        }
        if (sep == null) {
            return false; // flags and ENV: the syntax says it is a value
        }
        boolean quotedKey = kq != null && !kq.isEmpty();
        boolean tightEquals = !sep.equals(":") && m.start("sep") == m.end("key") + (quotedKey ? 1 : 0)
                && group(m, "sp").isEmpty();
        if (quotedKey || tightEquals) {
            return false;
        }
        int start = m.start();
        boolean structured = onlyMarkersBefore(line, start);
        if (!structured) {
            String prefix = line.substring(Math.max(0, start - 40), start).stripTrailing();
            structured = CODE_PREFIX.matcher(prefix).find()
                    || !prefix.isEmpty() && "{,;?&".indexOf(prefix.charAt(prefix.length() - 1)) >= 0;
        }
        if (!structured) {
            return true;
        }
        if (sep.equals(":") && !v.quoted) {
            int i = v.end;
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            return i < line.length() && "#/},|".indexOf(line.charAt(i)) < 0;
        }
        return false;
    }

    /**
     * Whether a bare flag value is a word of letters ending in a colon at the end of the line, as in
     * a prose label ("Caso mysql --password quoted:"); a password ending in a colon is written
     * quoted or with {@code =}.
     */
    private static boolean isProseLabel(ValueSpan v, String line) {
        if (v.quoted || !v.raw.endsWith(":") || v.raw.length() < 2 || !line.substring(v.end).isBlank()) {
            return false;
        }
        for (int i = 0; i < v.raw.length() - 1; i++) {
            if (!Character.isLetter(v.raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the value follows three or more blanks, as the description column of a help text does. */
    private static boolean helpColumn(String line, int valueStart) {
        int blanks = 0;
        for (int i = valueStart - 1; i >= 0 && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i--) {
            blanks += line.charAt(i) == '\t' ? 3 : 1;
        }
        return blanks >= 3;
    }

    /** Whether only white space and Markdown markers (list, quote, heading, table, emphasis) precede. */
    private static boolean onlyMarkersBefore(String line, int end) {
        int i = 0;
        while (i < end) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '>' || c == '-' || c == '*' || c == '+' || c == '#' || c == '|'
                    || c == '_') {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && Character.isDigit(line.charAt(j))) {
                    j++;
                }
                if (j < end && (line.charAt(j) == '.' || line.charAt(j) == ')')) {
                    i = j + 1;
                } else {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** {@code ${DB_PASSWORD:-x}}, {@code %DB_PASSWORD%}: the key is itself a reference. */
    private static boolean isEnvReference(Matcher m, String line) {
        int s = m.start("key");
        if (group(m, "kq") != null && !group(m, "kq").isEmpty()) {
            return false;
        }
        if (s > 0) {
            char before = line.charAt(s - 1);
            return before == '{' && s > 1 && line.charAt(s - 2) == '$' || before == '$' || before == '%';
        }
        return false;
    }

    private static boolean afterPalabra(String line, int keyStart) {
        String before = line.substring(Math.max(0, keyStart - 12), keyStart).toLowerCase(Locale.ROOT).strip();
        return before.endsWith("palabra") || before.endsWith("palabras");
    }

    /** {@code host:8080@} read as {@code user:password@}: a host with a port is no credential. */
    private static boolean isPortLike(String user, String value) {
        return value.chars().allMatch(Character::isDigit) && value.length() <= 5 && user.contains(".");
    }

    private static String trimBare(String value, boolean prose) {
        String v = value;
        while (!v.isEmpty()) {
            char last = v.charAt(v.length() - 1);
            if ((last == ')' && v.indexOf('(') < 0) || (last == '}' && v.indexOf('{') < 0)
                    || (last == ']' && v.indexOf('[') < 0) || (prose && ".:!?".indexOf(last) >= 0)) {
                v = v.substring(0, v.length() - 1);
            } else {
                break;
            }
        }
        return v;
    }

    private static String stripKey(String key) {
        String k = key;
        while (k.startsWith("-")) {
            k = k.substring(1);
        }
        return k;
    }

    /**
     * The user of a {@code user:password} pair as shown in messages: masked when it may itself be
     * a token ({@code https://ghp_...:x-oauth-basic@github.com}): long, or mixing letters and digits
     * over twelve characters or more.
     */
    private static String displayUser(String user) {
        boolean digits = user.chars().anyMatch(Character::isDigit);
        boolean letters = user.chars().anyMatch(Character::isLetter);
        if (user.length() > 24 || (user.length() >= 12 && digits && letters)) {
            return SecretValues.mask(user);
        }
        return user;
    }

    private static String usablePlaceholder(String user, String fallback) {
        String u = SecretValues.percentDecode(user);
        if (u.matches("[A-Za-z][A-Za-z0-9_.-]{0,40}")) {
            return "${" + u.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT) + "_PASSWORD}";
        }
        return "${" + fallback + "}";
    }

    /**
     * @param key a secret name
     * @return the kind of secret the name suggests: password, token, API key, private key or secret
     */
    static String kindOf(String key) {
        List<String> words = SecretKeys.words(key);
        String joined = String.join(" ", words);
        if (joined.matches(".*(?:pass|pwd|contrasena|clave|passphrase).*")) {
            return "password";
        }
        if (joined.matches(".*(?:api ?key|access ?key|account ?key|subscription key).*")) {
            return "API key";
        }
        if (joined.matches(".*private ?key.*")) {
            return "private key";
        }
        if (joined.matches(".*(?:token|bearer|sig).*")) {
            return "token";
        }
        if (joined.matches(".*credencial.*|.*credential.*")) {
            return "credential";
        }
        return "secret";
    }

    private static String defaultVariable(String kind) {
        return switch (kind) {
            case "password" -> "PASSWORD";
            case "API key" -> "API_KEY";
            case "token" -> "API_TOKEN";
            case "private key" -> "PRIVATE_KEY";
            default -> "SECRET";
        };
    }

    /** Lower-cases character by character, so offsets stay the same (unlike String#toLowerCase). */
    private static String lowerCase(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    // ------------------------------------------------------------------ YAML block scalars

    /**
     * {@code password: |} followed by a more indented line: the first line of the block is the
     * value. The pattern runs over the whole text only when it holds {@code ": |"} or
     * {@code ": >"}; it is anchored at line starts with bounded quantifiers.
     */
    private void scanBlockScalars(String text, List<Candidate> out, long[] textDetectors) {
        for (int d = 0; d < detectors.size(); d++) {
            SecretDetector detector = detectors.get(d);
            // the text as written: a line joined at a backslash can hold ": |" that the text
            // does not, and a composed line can lose one (">" + U+0338 is one character)
            if (detector.form() != Form.BLOCK_SCALAR || !containsAny(text, detector.keywords())) {
                continue;
            }
            Matcher m = detector.pattern().matcher(text);
            while (m.find()) {
                String key = m.group("key");
                String value = m.group("bare").strip();
                if (m.group("vi").length() <= m.group("ind").length() || !SecretKeys.isSecretName(key)) {
                    continue;
                }
                ValueSpan v = new ValueSpan(m.start("bare"), m.start("bare") + value.length(), value, false, false);
                if (!isLiteral(value, v, value)) {
                    continue;
                }
                Candidate c = new Candidate();
                c.detector = detector;
                c.priority = d;
                c.start = v.start;
                c.end = v.end;
                c.kind = kindOf(key);
                c.key = key;
                c.masked = SecretValues.mask(value);
                c.hash = SecretValues.hash(value);
                c.placeholder = SecretKeys.placeholderFor(key, defaultVariable(c.kind));
                out.add(c);
            }
        }
    }

    // ------------------------------------------------------------------ table columns

    /** flexmark with GFM tables only; parsers are immutable and shared across threads. */
    private static final Parser TABLE_PARSER = Parser.builder(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    /** Header words that make a {@code Clave} column a column of key names, not of passwords. */
    private static final Set<String> VALUE_HEADERS = Set.of("valor", "valores", "value", "values", "descripcion",
            "description", "significado", "meaning", "uso", "default");

    /**
     * Body cells under a header that names a secret ({@code | Servicio | Usuario | Contraseña |}).
     * The table is read with flexmark (so a table inside a code block is none); a cell counts when
     * it is one literal (no white space) shaped like a secret, as in prose. A {@code Clave} column
     * beside a {@code Valor} column holds key names and is skipped.
     */
    private void scanTableColumns(String text, List<Candidate> out, long[] textDetectors) {
        for (int d = 0; d < detectors.size(); d++) {
            SecretDetector detector = detectors.get(d);
            if (detector.form() != Form.TABLE_COLUMN || !has(textDetectors, d)
                    || !detector.pattern().matcher(text).find()) {
                continue;
            }
            for (Node node : TABLE_PARSER.parse(text).getDescendants()) {
                if (node instanceof TableBlock table) {
                    tableColumns(detector, d, table, text, out);
                }
            }
        }
    }

    private void tableColumns(SecretDetector detector, int priority, TableBlock table, String text,
                              List<Candidate> out) {
        List<String> header = new ArrayList<>();
        List<List<TableCell>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<TableCell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) {
                        cells.add(c);
                    }
                }
                if (section instanceof TableHead && header.isEmpty()) {
                    cells.forEach(c -> header.add(c.getText().toString()));
                } else if (section instanceof TableBody) {
                    rows.add(cells);
                }
            }
        }
        boolean keyValueTable = header.stream().map(SecretKeys::words)
                .anyMatch(w -> w.size() == 1 && VALUE_HEADERS.contains(w.get(0)));
        for (int col = 0; col < header.size(); col++) {
            List<String> words = SecretKeys.words(header.get(col));
            if (words.isEmpty() || words.size() > 3 || !SecretKeys.isSecretName(header.get(col))
                    || keyValueTable && (words.get(0).equals("clave") || words.get(0).equals("claves"))) {
                continue;
            }
            for (List<TableCell> row : rows) {
                if (col < row.size()) {
                    Candidate c = tableCell(detector, row.get(col), header.get(col).strip(), text);
                    if (c != null) {
                        c.priority = priority;
                        out.add(c);
                    }
                }
            }
        }
    }

    private Candidate tableCell(SecretDetector detector, TableCell cell, String key, String text) {
        int start = cell.getText().getStartOffset();
        int end = cell.getText().getEndOffset();
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '`'
                || text.charAt(start) == '*')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '`'
                || text.charAt(end - 1) == '*')) {
            end--;
        }
        String value = text.substring(start, end);
        boolean backtick = start > 0 && text.charAt(start - 1) == '`';
        ValueSpan v = new ValueSpan(start, end, value, backtick, backtick);
        if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) || value.indexOf('|') >= 0
                || !isLiteral(value, v, value) || !SecretValues.looksLikeSecret(value)) {
            return null;
        }
        Candidate c = new Candidate();
        c.detector = detector;
        c.start = start;
        c.end = end;
        c.kind = kindOf(key);
        c.key = key;
        c.masked = SecretValues.mask(value);
        c.hash = SecretValues.hash(value);
        c.placeholder = SecretKeys.placeholderFor(key, defaultVariable(c.kind));
        return c;
    }

    // ------------------------------------------------------------------ private keys

    private static final Pattern KEY_END = Pattern.compile("-----END (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----");
    private static final int MAX_KEY_BLOCK = 20_000;

    private void scanPrivateKeys(String text, List<Candidate> out, long[] textDetectors) {
        for (int d = 0; d < detectors.size(); d++) {
            SecretDetector detector = detectors.get(d);
            if (detector.form() != Form.PRIVATE_KEY || !has(textDetectors, d)) {
                continue;
            }
            Matcher m = detector.pattern().matcher(text);
            int from = 0;
            while (m.find(from)) {
                int bodyStart = m.end();
                int limit = Math.min(text.length(), bodyStart + MAX_KEY_BLOCK);
                Matcher end = KEY_END.matcher(text).region(bodyStart, limit);
                int bodyEnd = end.find() ? end.start() : limit;
                String body = keyBody(text.substring(bodyStart, bodyEnd));
                from = Math.max(m.end(), bodyEnd);
                if (body.length() < 40 || SecretValues.isMask(text.substring(bodyStart, bodyEnd))
                        || body.contains("${") || text.substring(bodyStart, bodyEnd).contains("<")) {
                    continue;
                }
                Candidate c = new Candidate();
                c.detector = detector;
                c.priority = d;
                c.start = m.start();
                c.end = bodyEnd;
                c.kind = detector.kind();
                c.key = detector.kind();
                c.masked = SecretValues.mask(body);
                c.hash = SecretValues.hash(body);
                c.placeholder = "${" + detector.placeholder() + "}";
                out.add(c);
            }
        }
    }

    /** The base64 characters of a key body, without header lines ({@code Proc-Type: ...}) or escapes. */
    private static String keyBody(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String l : raw.replace("\\n", "\n").split("\n")) {
            if (l.indexOf(':') >= 0) {
                continue;
            }
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/' || c == '=') {
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ positions

    /** Maps offsets of the whole text to 1-based lines and columns. */
    private static final class LineIndex {
        private final int[] starts;
        private final int count;

        LineIndex(String text) {
            int[] s = new int[64];
            int n = 0;
            s[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == s.length) {
                        s = java.util.Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            this.starts = s;
            this.count = n;
        }

        int line(int offset) {
            int idx = java.util.Arrays.binarySearch(starts, 0, count, offset);
            return idx >= 0 ? idx + 1 : -idx - 1;
        }

        int column(int offset) {
            return offset - starts[line(offset) - 1] + 1;
        }
    }
}
