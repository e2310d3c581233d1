package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.frontmatter.FrontMatter;
import dev.procedures.core.model.CodeBlock;
import dev.procedures.core.model.HtmlComment;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.text.TextNormalizer;
import dev.procedures.core.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code template-leftovers}: text left from the team template ({@code plantilla-procedimiento-backend.md})
 * that was never filled in. One finding per occurrence, at its line and column. The shapes, taken
 * from the template:
 * <ul>
 *   <li>bracketed text in prose, {@code [Nombre]}, {@code [URL]}, {@code [@slack]},
 *       {@code [Descripción ...]}: a {@code [text]} with a letter that is not a link
 *       ({@code [text](url)}, {@code [text][ref]}, a defined {@code [ref]}), a task box
 *       ({@code [ ]}, {@code [x]}), a footnote ({@code [^1]}), an alert ({@code [!NOTE]}) or an
 *       upper-case tag such as {@code [TDD-RED]} or {@code [PROD]} ({@code [URL]}, {@code [TBD]},
 *       {@code [PENDIENTE]}... still count);</li>
 *   <li>ids, amounts and dates written with letters: {@code PROC-BACKEND-XXX}, {@code XXmin},
 *       {@code XX minutos}, {@code X minutos}, {@code XX%}, {@code YY ejecuciones}, a bare
 *       {@code XX}, {@code YYYY-MM-DD};</li>
 *   <li>an option list left unchosen in a label value: {@code **Criticidad:** CRITICA | ALTA},
 *       {@code **Rollback Disponible:** SI | NO} (every alternative a known value);</li>
 *   <li>in the front matter, the same ids, amounts and dates, and bracketed values that are option
 *       lists ({@code [deployment|rollback]}) or placeholders ({@code [Nombre]},
 *       {@code [Nombre1, Nombre2]}, {@code [Título ...]}), never real YAML lists such as
 *       {@code [DevOps Lead, SRE]};</li>
 *   <li>inside code (blocks and inline code) only template commands: a bracket starting with
 *       {@code comando} ({@code [comando1]}, {@code [comando de validación]}), or a code block whose
 *       whole content is one bracketed phrase ({@code [Ejemplo de salida exitosa]}); so
 *       {@code psql -U [user]}, {@code echo "[OK/ISSUES]"} or a document template shown in a code
 *       block are not findings.</li>
 * </ul>
 * Text that describes a format ({@code fechas en formato YYYY-MM-DD}) and ids and dates with
 * letters that are part of a longer name ({@code REPORTE-YYYY-MM-DD.md}, a
 * naming convention) are not findings. HTML comments are skipped, and so are the sign-off entries
 * of the Aprobaciones section (see {@link ApprovalsRule#ownedLines}), which {@code approvals} owns.
 * The fingerprint is the placeholder text plus its occurrence index in the file.
 */
public final class TemplateLeftoversRule implements ProcedureRule {

    private static final Pattern LETTERS_ID = Pattern.compile(
            "\\b[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-(?:X{2,}|Y{2,})(?![\\p{L}\\p{N}_-])");
    private static final Pattern LETTERS_AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:X{1,3}|Y{2,3}) ?(?:min|mins|minutos|minutes|h|hrs|horas|hours|segundos|"
                    + "ejecuciones|%)(?![\\p{L}\\p{N}])");
    private static final Pattern LETTERS_DATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(?:YYYY-MM-DD|YYYY/MM/DD|DD/MM/YYYY|DD-MM-YYYY)(?![\\p{L}\\p{N}_-])");
    private static final Pattern BARE_XX = Pattern.compile("(?<![\\p{L}\\p{N}-])X{2,}(?![\\p{L}\\p{N}-])");
    private static final List<Pattern> LETTER_SHAPES = List.of(LETTERS_ID, LETTERS_AMOUNT, LETTERS_DATE, BARE_XX);
    /** Text that introduces a format description: {@code en formato YYYY-MM-DD}. */
    private static final Pattern FORMAT_BEFORE = Pattern.compile("(?i)\\b(?:formato|format|patron|pattern)\\s*:?\\s*$");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DEFINITION = Pattern.compile("^\\s{0,3}\\[([^\\]]+)]:\\s*\\S");
    private static final Pattern COMMAND = Pattern.compile("^(?:comandos?|commands?)(?![a-z])");
    private static final Pattern BRACKETED_PHRASE = Pattern.compile("^\\[[^\\[\\]\\n]*\\p{L}[^\\[\\]\\n]*]$");
    private static final Set<String> FRONT_MATTER_WORDS = Set.of("titulo", "title", "descripcion", "description",
            "nombre", "name", "fecha", "date", "url", "autor", "author");
    private static final Set<String> YES_NO = Set.of("si", "no", "yes");
    /** An upper-case tag such as {@code [TDD-RED]} or {@code [PROD]}: a convention, not a placeholder. */
    private static final Pattern TAG = Pattern.compile("^[A-Z0-9_/-]+$");
    private static final Set<String> PLACEHOLDER_TAGS = Set.of("URL", "TBD", "TODO", "PENDIENTE", "NOMBRE", "FECHA",
            "EMAIL", "LINK");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("template-leftovers", Severity.WARNING,
            "No text is left from the template: '[Nombre]', 'XXX', 'XXmin', 'YYYY-MM-DD', '[comando1]', "
                    + "'CRITICA | ALTA' and the like.",
            "Replace each placeholder with the real value (name, link, command, date, duration), or remove the "
                    + "line when it does not apply.");

    /**
     * Tells whether a value is a template placeholder this rule reports ({@code XXmin},
     * {@code YYYY-MM-DD}, {@code PROC-BACKEND-XXX}, {@code [Nombre]}, a bare {@code XX}). Other rules
     * skip such values, so an unfilled field is reported once, here, and not also as an invalid
     * value.
     *
     * @param value a metadata or label value as written
     * @return {@code true} when the value holds a template placeholder
     */
    public static boolean isTemplatePlaceholder(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        return LETTERS_ID.matcher(v).find() || LETTERS_AMOUNT.matcher(v).find() || LETTERS_DATE.matcher(v).find()
                || BARE_XX.matcher(v).find() || BRACKETED_PHRASE.matcher(v).matches();
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** One placeholder occurrence. */
    private record Hit(int line, int column, String text) {
    }

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        MarkdownDocument doc = p.document();
        SourceText source = doc.source();
        boolean[] code = new boolean[source.lineCount() + 2];
        for (CodeBlock c : doc.codeBlocks()) {
            for (int l = c.startLine(); l <= c.endLine() && l < code.length; l++) {
                code[l] = true;
            }
        }
        Set<Integer> placeholderBlocks = new HashSet<>();
        for (CodeBlock c : doc.codeBlocks()) {
            if (startsWithBracket(c.content()) && BRACKETED_PHRASE.matcher(c.content().trim()).matches()) {
                placeholderBlocks.add(c.contentStartLine());
            }
        }
        BitSet candidates = mayHold(source);
        if (candidates.isEmpty() && doc.labels().isEmpty()) {
            return;
        }
        Set<Integer> owned = ApprovalsRule.ownedLines(p);
        Set<String> definitions = new HashSet<>();
        for (int l = candidates.nextSetBit(0); l >= 0; l = candidates.nextSetBit(l + 1)) {
            if (code[l]) {
                continue;
            }
            String text = source.line(l);
            if (!text.contains("]:")) {
                continue; // no link definition: no Matcher
            }
            Matcher d = DEFINITION.matcher(text);
            if (d.find()) {
                definitions.add(d.group(1).trim().toLowerCase(Locale.ROOT));
            }
        }
        int fmStart = doc.frontMatter().map(FrontMatter::startLine).orElse(0);
        int fmEnd = doc.frontMatter().map(FrontMatter::endLine).orElse(-1);

        List<Hit> hits = new ArrayList<>();
        for (int l = candidates.nextSetBit(0); l >= 0; l = candidates.nextSetBit(l + 1)) {
            String text = source.line(l);
            if (l >= fmStart && l <= fmEnd) {
                if (l > fmStart && l < fmEnd) {
                    frontMatterLine(l, text, hits);
                }
            } else if (code[l]) {
                codeText(l, text, 0, hits, placeholderBlocks.contains(l));
            } else if (!owned.contains(l)) {
                proseLine(l, text, commentMask(doc, source, l, text.length()), definitions, hits);
            }
        }
        for (Label label : doc.labels()) {
            if (!owned.contains(label.line())) {
                optionList(doc, label, context.vocabulary(), hits);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::line).thenComparingInt(Hit::column));
        Map<String, Integer> occurrences = new HashMap<>();
        for (Hit h : hits) {
            int n = occurrences.merge(h.text(), 1, Integer::sum);
            reporter.report(p.path(), h.line(), h.column(), "template placeholder '" + h.text() + "' was never "
                    + "filled in; replace it with the real value, or remove it if it does not apply",
                    h.text() + "#" + n);
        }
    }

    /**
     * Cheap pre-filter, one pass over the text: every shape this rule looks for in a line holds a
     * {@code [}, an upper-case {@code X} or {@code YY} (a link definition too); most lines hold none
     * and are never copied or matched. An open task box {@code [ ]} is passed over (its blank inner
     * text is never a placeholder): a line holding only boxes is no candidate.
     *
     * @return the 1-based numbers of the lines that may hold a placeholder
     */
    private static BitSet mayHold(SourceText source) {
        BitSet lines = new BitSet();
        for (String marker : MARKERS) {
            String t = source.text();
            int i = t.indexOf(marker);
            while (i >= 0) {
                if (isTaskBox(t, i)) {
                    // "[ ]" is never a placeholder: look on in the line for another marker
                    i = t.indexOf(marker, i + 3);
                    continue;
                }
                int line = source.lineAt(i);
                lines.set(line);
                if (line >= source.lineCount()) {
                    break;
                }
                i = t.indexOf(marker, source.lineStart(line + 1));
            }
        }
        return lines;
    }

    /** What every placeholder shape holds; searched with {@link String#indexOf}, the fastest search the JDK has. */
    private static final List<String> MARKERS = List.of("[", "X", "YY");

    /**
     * Whether {@code text} holds an open task box, {@code [ ]}, at {@code at}: its inner text is
     * blank, which {@link #proseLine} never reports, a code block of only that is not a bracketed
     * phrase, and it defines no reference a placeholder could name.
     */
    private static boolean isTaskBox(String text, int at) {
        return at + 2 < text.length() && text.charAt(at) == '[' && text.charAt(at + 1) == ' '
                && text.charAt(at + 2) == ']';
    }

    /** Whether the first character after leading white space is {@code [} (without copying the text). */
    private static boolean startsWithBracket(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ') {
                return c == '[';
            }
        }
        return false;
    }

    /** Whether a line may hold an id, amount or date written with letters: they all have an {@code X} or {@code YY}. */
    private static boolean mayHoldLetters(String text) {
        return text.indexOf('X') >= 0 || text.contains("YY");
    }

    /** Marks the characters of a line that are inside an HTML comment. */
    private static boolean[] commentMask(MarkdownDocument doc, SourceText source, int line, int length) {
        boolean[] mask = new boolean[length + 1];
        if (doc.comments().isEmpty()) {
            return mask;
        }
        int lineStart = source.lineStart(line);
        for (HtmlComment c : doc.comments()) {
            int from = Math.max(c.startOffset(), lineStart) - lineStart;
            int to = Math.min(c.endOffset(), lineStart + length) - lineStart;
            for (int i = from; i < to; i++) {
                mask[i] = true;
            }
        }
        return mask;
    }

    private static void proseLine(int line, String text, boolean[] skip, Set<String> definitions, List<Hit> hits) {
        boolean[] taken = skip.clone();
        for (long ic = LineSpans.inlineCode(text, 0); ic != LineSpans.NONE;
             ic = LineSpans.inlineCode(text, LineSpans.end(ic))) {
            int codeStart = LineSpans.start(ic);
            int codeEnd = LineSpans.end(ic);
            if (!taken[codeStart]) {
                // the span without its backtick fences
                int from = codeStart;
                int to = codeEnd;
                while (from < to && text.charAt(from) == '`') {
                    from++;
                }
                while (to > from && text.charAt(to - 1) == '`') {
                    to--;
                }
                codeText(line, text.substring(from, to), from, hits, false);
            }
            mark(taken, codeStart, codeEnd);
        }
        for (long b = LineSpans.bracket(text, 0); b != LineSpans.NONE; b = LineSpans.bracket(text, LineSpans.end(b))) {
            int start = LineSpans.start(b);
            int end = LineSpans.end(b);
            if (taken[start]) {
                continue;
            }
            String inner = text.substring(start + 1, end - 1).trim();
            char next = end < text.length() ? text.charAt(end) : ' ';
            if (next == '(') {
                int close = text.indexOf(')', end);
                mark(taken, start, close < 0 ? text.length() : close + 1);
                continue;
            }
            if (next == '[' || (next == ':' && text.substring(0, start).isBlank())) {
                int close = next == '[' ? text.indexOf(']', end) : text.length() - 1;
                mark(taken, start, close < 0 ? text.length() : close + 1);
                continue;
            }
            mark(taken, start, end);
            if (inner.isEmpty() || inner.equalsIgnoreCase("x") || inner.startsWith("^") || inner.startsWith("!")
                    || definitions.contains(inner.toLowerCase(Locale.ROOT)) || !LETTER.matcher(inner).find()
                    || TAG.matcher(inner).matches() && !PLACEHOLDER_TAGS.contains(inner)) {
                continue;
            }
            hits.add(new Hit(line, start + 1, text.substring(start, end)));
        }
        letterShapes(line, text, taken, hits);
    }

    /**
     * Template commands inside code: {@code [comando1]}; and, when {@code wholeBlock}, the
     * bracketed phrase that is the entire content of a code block ({@code [Ejemplo de salida exitosa]}).
     */
    private static void codeText(int line, String text, int offset, List<Hit> hits, boolean wholeBlock) {
        for (long b = LineSpans.bracket(text, 0); b != LineSpans.NONE; b = LineSpans.bracket(text, LineSpans.end(b))) {
            int start = LineSpans.start(b);
            int end = LineSpans.end(b);
            String inner = text.substring(start + 1, end - 1).trim();
            boolean command = !inner.isEmpty() && (inner.charAt(0) == 'c' || inner.charAt(0) == 'C')
                    && COMMAND.matcher(TextNormalizer.fold(inner)).find();
            if (command || wholeBlock) {
                hits.add(new Hit(line, offset + start + 1, text.substring(start, end)));
            }
        }
    }

    private static void frontMatterLine(int line, String text, List<Hit> hits) {
        boolean[] taken = new boolean[text.length() + 1];
        int hash = text.indexOf(" #");
        if (hash >= 0) {
            mark(taken, hash, text.length());
        }
        for (long b = LineSpans.bracket(text, 0); b != LineSpans.NONE; b = LineSpans.bracket(text, LineSpans.end(b))) {
            int start = LineSpans.start(b);
            int end = LineSpans.end(b);
            if (taken[start]) {
                continue;
            }
            String inner = text.substring(start + 1, end - 1);
            boolean options = inner.contains("|");
            boolean placeholders = !inner.isBlank();
            for (String item : inner.split(",")) {
                placeholders &= ContentChecks.isPlaceholder(item);
            }
            String first = TextNormalizer.fold(inner).split(" ")[0];
            if (options || placeholders || FRONT_MATTER_WORDS.contains(first)) {
                hits.add(new Hit(line, start + 1, text.substring(start, end)));
                mark(taken, start, end);
            }
        }
        letterShapes(line, text, taken, hits);
    }

    /**
     * Ids, amounts and dates written with letters ({@code PROC-BACKEND-XXX}, {@code XXmin},
     * {@code YYYY-MM-DD}) not already taken and not introduced as a format description.
     */
    private static void letterShapes(int line, String text, boolean[] taken, List<Hit> hits) {
        if (!mayHoldLetters(text)) {
            return;
        }
        for (Pattern pattern : LETTER_SHAPES) {
            Matcher x = pattern.matcher(text);
            while (x.find()) {
                if (!taken[x.start()] && !FORMAT_BEFORE.matcher(text.substring(0, x.start())).find()) {
                    hits.add(new Hit(line, x.start() + 1, x.group()));
                    mark(taken, x.start(), x.end());
                }
            }
        }
    }

    /** A label value that lists the template's alternatives instead of choosing one. */
    private static void optionList(MarkdownDocument doc, Label label, Vocabulary vocabulary, List<Hit> hits) {
        if (label.value().indexOf('|') < 0) {
            return;
        }
        String value = label.value().replace("**", "").replace("`", "").trim();
        if (value.startsWith("[")) {
            return;
        }
        String[] parts = value.split("\\|");
        if (parts.length < 2) {
            return;
        }
        for (String part : parts) {
            String folded = TextNormalizer.fold(part);
            boolean known = YES_NO.contains(folded) || vocabulary.criticality(part).isPresent()
                    || vocabulary.type(part).isPresent() || vocabulary.frequency(part).isPresent();
            if (!known) {
                return;
            }
        }
        hits.add(new Hit(label.line(), ContentChecks.valueColumn(doc, label), label.value()));
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, taken.length); i++) {
            taken[i] = true;
        }
    }
}
