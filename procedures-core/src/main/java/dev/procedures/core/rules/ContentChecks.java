package dev.procedures.core.rules;

import dev.procedures.core.model.Block;
import dev.procedures.core.model.CodeBlock;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.Step;
import dev.procedures.core.text.TextNormalizer;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.Vocabulary;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small content checks shared by the content rules ({@code rollback}, {@code step-validation},
 * {@code step-duration}, {@code approvals}): is a value a placeholder, does a label have content
 * after it, what a step's labels are. Package-private, stateless.
 */
final class ContentChecks {

    /** Folded values that stand for "not filled in yet" (package-private for a test). */
    static final Set<String> PLACEHOLDER_WORDS = Set.of("", "pendiente", "pending", "tbd", "tba", "todo",
            "fixme", "wip", "n/a", "na", "nombre", "name", "por definir", "por asignar", "por completar",
            "por documentar", "sin asignar", "xxx", "xx", "x", "...", "?", "-", "--", "ninguno aun");
    /** A list item marker at the start of a block ({@code - }, {@code * }, {@code 1. }). */
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern NUMBERED_NAME = Pattern.compile("^(?:nombre|name)\\s*\\d*$");
    private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\]]*\\]$");
    /** A separator between a name and a date in sign-off lines: {@code Nombre - 2025-11-18}. */
    private static final Pattern NAME_DATE_SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014|]\\s+");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*[^`\\s][^`\\n]*`");

    private ContentChecks() {
    }

    /**
     * @param procedure a procedure
     * @param vocabulary the team vocabulary
     * @return its criticality, if written and known
     */
    static Optional<Criticality> criticality(Procedure procedure, Vocabulary vocabulary) {
        return procedure.metadata().text(MetadataField.CRITICALITY).flatMap(vocabulary::criticality);
    }

    /**
     * A value left unfilled: empty, {@code [anything]}, {@code Pendiente}, {@code TBD},
     * {@code TODO}, {@code Nombre}, {@code Nombre1}, {@code N/A}... Only the part before a
     * {@code " - "} separator counts, so {@code [Pendiente] - [Fecha]} is a placeholder and
     * {@code SRE - 2025-11-18} is not.
     *
     * @param value the value as written, inline markup allowed
     * @return whether it is a placeholder
     */
    static boolean isPlaceholder(String value) {
        String v = value == null ? "" : value.replace("**", "").replace("`", "").trim();
        // the part before the first separator, as NAME_DATE_SEPARATOR.split(v, 2)[0] (v is trimmed:
        // no match at index 0) without the array and list of a split
        Matcher separator = NAME_DATE_SEPARATOR.matcher(v);
        String head = separator.find() ? v.substring(0, separator.start()).trim() : v;
        // the expressions are anchored at both ends: their first and last characters decide first
        if (head.startsWith("[") && head.endsWith("]") && BRACKETED.matcher(head).matches()) {
            return true;
        }
        String folded = TextNormalizer.fold(head);
        return PLACEHOLDER_WORDS.contains(folded)
                || (folded.startsWith("nombre") || folded.startsWith("name")) && NUMBERED_NAME.matcher(folded).matches();
    }

    /**
     * @param labels   labels to search
     * @param accepted folded label keys that count
     * @return the first label whose folded key is one of {@code accepted}
     */
    static Optional<Label> label(List<Label> labels, Set<String> accepted) {
        for (Label l : labels) {
            if (accepted.contains(l.folded())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * @param doc  the document
     * @param step a step
     * @return the labels in the step body (below its heading, up to its last line)
     */
    static List<Label> stepLabels(MarkdownDocument doc, Step step) {
        return doc.labelsIn(step.heading().line() + 1, step.endLine());
    }

    /**
     * The lines that belong to a label: from the label line to the line before the next label in
     * {@code siblings} (or {@code lastLine}).
     *
     * @param label    the label
     * @param siblings the labels of the same step or section, in file order
     * @param lastLine the last line of the step or section
     * @return the 1-based last line of the label's region
     */
    static int regionEnd(Label label, List<Label> siblings, int lastLine) {
        int next = Integer.MAX_VALUE;
        for (Label l : siblings) {
            if (l.line() > label.line() && l.line() < next) {
                next = l.line();
            }
        }
        return (next == Integer.MAX_VALUE ? lastLine + 1 : next) - 1;
    }

    /**
     * Whether a label has content: a value that is not a placeholder, or a non-blank code block,
     * list or paragraph before the region ends.
     *
     * @param doc       the document
     * @param label     the label
     * @param regionEnd the 1-based last line of its region (see {@link #regionEnd})
     * @return whether something real follows the label
     */
    static boolean hasContent(MarkdownDocument doc, Label label, int regionEnd) {
        if (!label.value().isBlank() && !isPlaceholder(label.value())) {
            return true;
        }
        String continuation = continuation(doc, label, regionEnd);
        if (!continuation.isBlank() && !isPlaceholder(continuation)) {
            return true;
        }
        for (Block b : doc.blocksIn(label.line() + 1, regionEnd)) {
            if (b.kind() == Block.Kind.CODE && !b.text().isBlank()) {
                return true;
            }
            if ((b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.TABLE)
                    && !isPlaceholder(LIST_MARKER.matcher(b.text()).replaceFirst(""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines after the label line that belong to the same paragraph (a value written on the
     * next line without a blank line in between), up to the region end.
     */
    private static String continuation(MarkdownDocument doc, Label label, int regionEnd) {
        // leaf blocks never share a line: the paragraph holding the label line, if any, is the
        // last block that starts on or before it (a binary search, not a pass over every block)
        List<Block> upTo = doc.blocksIn(1, label.line());
        Block b = upTo.isEmpty() ? null : upTo.get(upTo.size() - 1);
        if (b == null || b.kind() != Block.Kind.PARAGRAPH || b.endLine() <= label.line()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int line = label.line() + 1; line <= Math.min(b.endLine(), regionEnd); line++) {
            text.append(doc.source().line(line).trim()).append('\n');
        }
        return text.toString().trim();
    }

    /**
     * Whether a label is followed by a command: inline code in its value or on the following lines,
     * or a non-blank code block, before the region ends.
     *
     * @param doc       the document
     * @param label     the label
     * @param regionEnd the 1-based last line of its region
     * @return whether a command follows the label
     */
    static boolean hasCommand(MarkdownDocument doc, Label label, int regionEnd) {
        if (INLINE_CODE.matcher(label.value()).find()
                || INLINE_CODE.matcher(continuation(doc, label, regionEnd)).find()) {
            return true;
        }
        for (Block b : doc.blocksIn(label.line() + 1, regionEnd)) {
            if (b.kind() == Block.Kind.CODE && !b.text().isBlank()) {
                return true;
            }
            if (b.kind() == Block.Kind.PARAGRAPH && INLINE_CODE.matcher(b.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A step whose body, apart from its label lines, is only template placeholders such as
     * {@code [Repetir estructura del Paso 1...]}: {@code template-leftovers} reports them, the step
     * rules skip the step.
     *
     * @param doc  the document
     * @param step a step
     * @return whether the step body is only labels and bracketed placeholders
     */
    static boolean placeholderOnly(MarkdownDocument doc, Step step) {
        List<Label> labels = stepLabels(doc, step);
        boolean placeholder = false;
        for (Block b : doc.blocksIn(step.heading().line() + 1, step.endLine())) {
            if (b.kind() == Block.Kind.THEMATIC_BREAK) {
                continue;
            }
            if (b.kind() != Block.Kind.PARAGRAPH) {
                return false;
            }
            // the block's lines other than label lines, trimmed and joined
            StringBuilder rest = null;
            for (int line = b.startLine(); line <= b.endLine(); line++) {
                if (isLabelLine(labels, line)) {
                    continue;
                }
                String text = doc.source().line(line).trim();
                if (rest == null) {
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (text.charAt(0) != '[') {
                        return false; // BRACKETED starts with '['
                    }
                    rest = new StringBuilder();
                }
                rest.append(text);
            }
            if (rest == null) {
                continue;
            }
            if (!BRACKETED.matcher(rest).matches()) {
                return false;
            }
            placeholder = true;
        }
        return placeholder;
    }

    private static boolean isLabelLine(List<Label> labels, int line) {
        for (Label l : labels) {
            if (l.line() == line) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param code a code block
     * @return whether it holds at least one line that is not blank and not a comment
     */
    static boolean hasCommandLine(CodeBlock code) {
        for (String line : code.content().split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("//") && !t.startsWith("--")
                    && !BRACKETED.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param doc   the document
     * @param label a label
     * @return the 1-based column where the label's value starts, or the label column
     */
    static int valueColumn(MarkdownDocument doc, Label label) {
        String line = doc.source().line(label.line());
        if (label.value().isEmpty()) {
            return label.column();
        }
        int idx = line.indexOf(label.value(), Math.max(0, label.column() - 1));
        return idx < 0 ? label.column() : idx + 1;
    }
}
