package dev.procedures.core.suppression;

import dev.procedures.core.model.Block;
import dev.procedures.core.model.HtmlComment;
import dev.procedures.core.model.MarkdownDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline suppression comments of one file, in markdownlint's style:
 * <ul>
 *   <li>{@code <!-- procedures-disable-next-line RULE -->}: the next line; when a block (a code
 *       block, a table, a paragraph) starts on that line, the whole block;</li>
 *   <li>{@code <!-- procedures-disable RULE -->} ... {@code <!-- procedures-enable RULE -->}: the
 *       lines between, or to the end of the file without an enable; an enable ends only the rules
 *       it names (all of them when it names none);</li>
 *   <li>{@code <!-- procedures-disable-file RULE -->}: the whole file.</li>
 * </ul>
 * Several rule ids may be given, separated by spaces or commas; none means every rule. Only HTML
 * comments outside code count. Each directive remembers whether it suppressed anything, so stale
 * ones can be reported.
 *
 * <p>Not thread-safe: one instance belongs to one file and is used by one thread at a time.
 */
public final class Suppressions {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "^procedures-(disable-next-line|disable-file|disable|enable)\\b\\s*(.*)$", Pattern.DOTALL);

    /** What a rule id looks like: lower-case words joined by hyphens. */
    private static final Pattern RULE_ID_SHAPE = Pattern.compile("[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){0,6}");

    private static final Suppressions NONE = new Suppressions(List.of(), List.of());

    private final List<Directive> directives;
    private final List<Directive> malformed;

    private Suppressions(List<Directive> directives, List<Directive> malformed) {
        this.directives = directives;
        this.malformed = malformed;
    }

    /** @return an empty set of suppressions */
    public static Suppressions none() {
        return NONE;
    }

    /**
     * Reads the directives of a document. The words after a directive are kept (in the result
     * cache too) and rule-id-shaped ones are quoted in problem messages, so they are read from the
     * comment text after {@code redaction}: a secret pasted into a suppression comment is kept only
     * masked.
     *
     * @param document  the parsed document
     * @param redaction masks the secret values of the document's text in a string (the engine
     *                  passes the file's {@code SecretScanner.Redactor}); applied only to the text
     *                  of directive comments
     * @return its suppressions; {@link #none()} when it has none
     */
    public static Suppressions of(MarkdownDocument document, UnaryOperator<String> redaction) {
        List<Directive> result = new ArrayList<>();
        List<Directive> open = new ArrayList<>();
        List<Directive> malformed = new ArrayList<>();
        int lastLine = document.source().lineCount();
        for (HtmlComment c : document.comments()) {
            Matcher m = DIRECTIVE.matcher(c.text());
            if (!m.matches()) {
                continue;
            }
            String kind = m.group(1);
            Set<String> rules = new LinkedHashSet<>(Arrays.asList(redaction.apply(m.group(2)).trim()
                    .split("[\\s,]+")));
            rules.remove("");
            int endLine = document.source().lineAt(Math.max(c.startOffset(), c.endOffset() - 1));
            switch (kind) {
                case "disable-next-line" -> {
                    int from = endLine + 1;
                    int to = from;
                    for (Block b : document.blocks()) {
                        if (b.startLine() == from) {
                            to = Math.max(to, b.endLine());
                        }
                    }
                    result.add(new Directive("disable-next-line", rules, c.line(), from, to));
                }
                case "disable-file" -> result.add(new Directive("disable-file", rules, c.line(), 1, lastLine));
                case "disable" -> {
                    Directive d = new Directive("disable", rules, c.line(), c.line(), lastLine);
                    open.add(d);
                    result.add(d);
                }
                default -> {
                    if (!enable(open, rules, c.line())) {
                        malformed.add(new Directive("enable", rules, c.line(), c.line(), c.line()));
                    }
                }
            }
        }
        return result.isEmpty() && malformed.isEmpty() ? NONE : new Suppressions(split(result), malformed);
    }

    /**
     * Applies an enable comment to the open disables, rule by rule as markdownlint does: each rule
     * it names ends in the latest open disable that names it; a disable of every rule (no rule
     * named) ends whole at any enable; an enable naming no rule ends every open disable.
     *
     * @return whether the comment ended anything
     */
    private static boolean enable(List<Directive> open, Set<String> rules, int line) {
        boolean ended = false;
        if (rules.isEmpty()) {
            for (Directive d : open) {
                d.endOpenRules(line);
            }
            ended = !open.isEmpty();
            open.clear();
            return ended;
        }
        for (String rule : rules) {
            for (int i = open.size() - 1; i >= 0; i--) {
                Directive d = open.get(i);
                if (d.rules.isEmpty()) {
                    d.toLine = line;
                    open.remove(i);
                    ended = true;
                    break;
                }
                if (d.rules.contains(rule) && !d.endLines.containsKey(rule)) {
                    d.endLines.put(rule, line);
                    if (d.endLines.size() == d.rules.size()) {
                        open.remove(i);
                    }
                    ended = true;
                    break;
                }
            }
        }
        return ended;
    }

    /**
     * A disable whose rules were enabled again at different lines becomes one directive per end
     * line (same comment line and start), so that each rule is suppressed exactly to its enable.
     */
    private static List<Directive> split(List<Directive> directives) {
        List<Directive> result = new ArrayList<>(directives.size());
        for (Directive d : directives) {
            if (d.endLines.isEmpty()) {
                result.add(d);
                continue;
            }
            Map<Integer, Set<String>> byEnd = new java.util.TreeMap<>();
            for (String rule : d.rules) {
                byEnd.computeIfAbsent(d.endLines.getOrDefault(rule, d.toLine), k -> new LinkedHashSet<>()).add(rule);
            }
            byEnd.forEach((end, rules) -> result.add(new Directive(d.kind, rules, d.line, d.fromLine, end)));
        }
        return result;
    }

    /**
     * Tells whether a finding is suppressed, and marks the directive that suppresses it as used.
     *
     * @param ruleId the finding's rule
     * @param line   the finding's 1-based line (0 for the whole file: only file-wide directives apply)
     * @return {@code true} when a directive covers it
     */
    public boolean suppresses(String ruleId, int line) {
        boolean hit = false;
        for (Directive d : directives) {
            if ((d.rules.isEmpty() || d.rules.contains(ruleId))
                    && (d.kind.equals("disable-file") || (line >= d.fromLine && line <= d.toLine))) {
                d.used = true;
                hit = true;
            }
        }
        return hit;
    }

    /**
     * The directives as plain values, for caching: restoring them with {@link #restore(List)} gives
     * suppressions that behave exactly like these, with nothing used yet.
     *
     * @return the directives, then the unmatched enables (kind {@code enable})
     */
    public List<Range> ranges() {
        List<Range> result = new ArrayList<>();
        for (Directive d : directives) {
            result.add(new Range(d.kind, List.copyOf(d.rules), d.line, d.fromLine, d.toLine));
        }
        for (Directive d : malformed) {
            result.add(new Range("enable", List.copyOf(d.rules), d.line, d.fromLine, d.toLine));
        }
        return result;
    }

    /**
     * Rebuilds suppressions from {@link #ranges()}.
     *
     * @param ranges the directives of one file
     * @return the suppressions, nothing used yet
     */
    public static Suppressions restore(List<Range> ranges) {
        if (ranges.isEmpty()) {
            return NONE;
        }
        List<Directive> directives = new ArrayList<>();
        List<Directive> malformed = new ArrayList<>();
        for (Range r : ranges) {
            Directive d = new Directive(r.kind(), new LinkedHashSet<>(r.rules()), r.line(), r.fromLine(), r.toLine());
            (r.kind().equals("enable") ? malformed : directives).add(d);
        }
        return new Suppressions(directives, malformed);
    }

    /**
     * One directive as a plain value.
     *
     * @param kind     {@code disable-next-line}, {@code disable}, {@code disable-file}, or {@code enable}
     *                 for an enable without disable
     * @param rules    the rule ids it names, as written (empty for all)
     * @param line     1-based line of the comment
     * @param fromLine first line it covers
     * @param toLine   last line it covers
     */
    public record Range(String kind, List<String> rules, int line, int fromLine, int toLine) {
    }

    /** @return whether the file has no directive at all */
    public boolean isEmpty() {
        return directives.isEmpty() && malformed.isEmpty();
    }

    /**
     * Directives that suppressed nothing, or name a rule that does not exist, or an enable without
     * disable.
     *
     * @param knownRuleIds ids of registered rules
     * @param enabledRuleIds ids of the rules that ran (a directive for a rule turned off is not stale)
     * @return one problem per stale directive, in line order
     */
    public List<Problem> problems(Set<String> knownRuleIds, Set<String> enabledRuleIds) {
        List<Problem> problems = new ArrayList<>();
        for (Directive d : directives) {
            Map<String, Boolean> unknown = new HashMap<>();
            for (String r : d.rules) {
                if (!knownRuleIds.contains(r)) {
                    unknown.put(r, true);
                }
            }
            if (!unknown.isEmpty()) {
                problems.add(new Problem(d.line, "procedures-" + d.kind + " names unknown rule " + quoted(unknown.keySet())
                        + "; use a rule id from the documentation", d.kind + ":" + d.rules));
                continue;
            }
            boolean anyEnabled = d.rules.isEmpty() || d.rules.stream().anyMatch(enabledRuleIds::contains);
            if (!d.used && anyEnabled) {
                problems.add(new Problem(d.line, "procedures-" + d.kind + (d.rules.isEmpty() ? "" : " " + String.join(" ", d.rules))
                        + " suppresses nothing; remove the comment", d.kind + ":" + d.rules));
            }
        }
        for (Directive d : malformed) {
            problems.add(new Problem(d.line, "procedures-enable without a matching procedures-disable; remove it",
                    "enable:" + d.rules));
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    /** Rule-id-shaped words quoted as written; anything else (it may be pasted text) not echoed. */
    private static String quoted(Set<String> unknown) {
        List<String> shown = new ArrayList<>();
        boolean other = false;
        for (String r : new java.util.TreeSet<>(unknown)) {
            if (RULE_ID_SHAPE.matcher(r).matches()) {
                shown.add("'" + r + "'");
            } else {
                other = true;
            }
        }
        if (other) {
            shown.add("text that is no rule id");
        }
        return String.join(", ", shown);
    }

    /**
     * A stale or malformed directive.
     *
     * @param line        1-based line of the comment
     * @param message     what is wrong and how to fix it
     * @param fingerprint stable key of the directive
     */
    public record Problem(int line, String message, String fingerprint) {
    }

    private static final class Directive {
        final String kind;
        final Set<String> rules;
        final int line;
        final int fromLine;
        int toLine;
        boolean used;
        /** For an open disable: the line of the enable that ended each of its rules so far. */
        final Map<String, Integer> endLines = new java.util.LinkedHashMap<>();

        Directive(String kind, Set<String> rules, int line, int fromLine, int toLine) {
            this.kind = kind;
            // as written: messages and fingerprints must not depend on hashing (Set.copyOf iterates
            // in an order that changes from one JVM to the next)
            this.rules = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(rules));
            this.line = line;
            this.fromLine = fromLine;
            this.toLine = toLine;
        }

        /** Ends, at {@code line}, every rule of this disable not ended yet (all of it when it names none). */
        void endOpenRules(int line) {
            if (rules.isEmpty() || endLines.isEmpty()) {
                toLine = line;
                return;
            }
            for (String rule : rules) {
                endLines.putIfAbsent(rule, line);
            }
        }
    }
}
