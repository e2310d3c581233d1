package dev.procedures.core.index;

import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.ProcedureSummary;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.Frequency;
import dev.procedures.core.vocabulary.ProcedureType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the README index of SPEC section 4 from procedure summaries, in the layout of the team
 * README ({@code docs/backend/procedures/README.md}): a {@code Por Criticidad} heading with one
 * table per criticality ({@code CRITICA}, {@code ALTA}, {@code MEDIA}, {@code BAJA}), then a
 * {@code Por Tipo} heading with one list per procedure type, in {@link ProcedureType} order.
 *
 * <p>Rows and list items are sorted by id (prefix, then number), then by file name. A procedure
 * whose criticality (or type) is unknown is left out of the criticality tables (or the type lists);
 * {@code metadata-values} reports it. Table cells escape {@code |} as {@code \|}, also inside code
 * spans, as GFM tables require; line breaks in a value become spaces. A missing type, frequency or
 * duration shows as {@code -}.
 *
 * <p>Stateless and thread-safe.
 */
public final class IndexRenderer {

    /** The table header row, as the team README writes it. */
    public static final String TABLE_HEADER = "| ID | Título | Tipo | Frecuencia | Duración |";
    /** The table separator row, as the team README writes it. */
    public static final String TABLE_SEPARATOR = "|----|--------|------|-----------|----------|";
    /** The list item written for a type without procedures. */
    public static final String NONE_YET = "- Ninguno aún";
    /** Text of the heading above the criticality tables. */
    public static final String BY_CRITICALITY = "Por Criticidad";
    /** Text of the heading above the type lists. */
    public static final String BY_TYPE = "Por Tipo";

    private static final String MISSING = "-";
    private static final Comparator<ProcedureSummary> ORDER = Comparator
            .comparing((ProcedureSummary s) -> s.id().orElseThrow())
            .thenComparing(ProcedureSummary::fileName);

    /**
     * Renders the index.
     *
     * @param procedures the procedure summaries, in any order; those without id are left out
     * @param linkPrefix what goes before the file name in links: {@code ./} when the README is in
     *                   the procedures directory, else the relative path with a trailing {@code /}
     * @param level      level of the {@code Por Criticidad} and {@code Por Tipo} headings (1 to
     *                   5); the per-criticality and per-type headings are one level deeper
     * @param eol        line separator to write ({@code \n} or {@code \r\n})
     * @return the index lines joined with {@code eol}, without leading or trailing line separator
     * @throws IllegalArgumentException if {@code level} is outside 1 to 5
     */
    public String render(List<ProcedureSummary> procedures, String linkPrefix, int level, String eol) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("index heading level must be 1 to 5, got " + level);
        }
        List<ProcedureSummary> sorted = new ArrayList<>();
        for (ProcedureSummary s : procedures) {
            if (s.id().isPresent()) {
                sorted.add(s);
            }
        }
        sorted.sort(ORDER);
        // one pass over the sorted procedures fills every table and list, in that order
        Map<Criticality, List<String>> rows = new EnumMap<>(Criticality.class);
        Map<ProcedureType, List<String>> items = new EnumMap<>(ProcedureType.class);
        for (ProcedureSummary s : sorted) {
            s.criticality().ifPresent(c -> rows.computeIfAbsent(c, k -> new ArrayList<>()).add(row(s, linkPrefix)));
            s.type().ifPresent(t -> items.computeIfAbsent(t, k -> new ArrayList<>())
                    .add("- " + link(s, linkPrefix) + " - " + oneLine(s.title())));
        }
        String h = "#".repeat(level) + " ";
        String sub = "#".repeat(level + 1) + " ";
        List<String> lines = new ArrayList<>();
        lines.add(h + BY_CRITICALITY);
        for (Criticality c : Criticality.values()) {
            lines.add("");
            lines.add(sub + c.display());
            lines.add(TABLE_HEADER);
            lines.add(TABLE_SEPARATOR);
            lines.addAll(rows.getOrDefault(c, List.of()));
        }
        lines.add("");
        lines.add(h + BY_TYPE);
        for (ProcedureType t : ProcedureType.values()) {
            lines.add("");
            lines.add(sub + t.display());
            List<String> listed = items.getOrDefault(t, List.of());
            lines.addAll(listed.isEmpty() ? List.of(NONE_YET) : listed);
        }
        return String.join(eol, lines);
    }

    private static String row(ProcedureSummary s, String linkPrefix) {
        return "| " + link(s, linkPrefix)
                + " | " + cell(s.title())
                + " | " + cell(s.type().map(ProcedureType::display).orElse(MISSING))
                + " | " + cell(s.frequency().map(Frequency::display).orElse(MISSING))
                + " | " + cell(s.duration().isBlank() ? MISSING : s.duration())
                + " |";
    }

    private static String link(ProcedureSummary s, String linkPrefix) {
        ProcedureId id = s.id().orElseThrow();
        return "[" + id.text() + "](" + linkPrefix + encodeFileName(s.fileName()) + ")";
    }

    /**
     * Makes a value safe for a GFM table cell: line breaks become spaces and every {@code |} is
     * written {@code \|} (GFM splits cells on unescaped pipes even inside code spans, and removes
     * the backslash when it renders the cell).
     *
     * @param text the value as written
     * @return the cell text
     */
    public static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    /**
     * One line of text in Unicode NFC (a title written with decomposed accents gives the same
     * index as its composed twin), with HTML comment delimiters written as entities: a title holding
     * {@code <!-- procedures-index:end -->} must not become a second marker in the README (CommonMark
     * renders {@code &lt;} as {@code <}, so the title still reads as written).
     */
    private static String oneLine(String text) {
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        String line = nfc.indexOf('\n') < 0 && nfc.indexOf('\r') < 0 ? nfc : LINE_BREAK.matcher(nfc).replaceAll(" ");
        return line.trim().replace("<!--", "&lt;!--").replace("-->", "--&gt;");
    }

    /** A line break with the white space around it. */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*[\\r\\n]+\\s*");

    /**
     * Percent-encodes the characters of a file name that would end or break a Markdown link
     * destination (spaces, parentheses, angle brackets, {@code %}).
     *
     * @param fileName a file name
     * @return the link destination form of the name
     */
    public static String encodeFileName(String fileName) {
        StringBuilder b = new StringBuilder(fileName.length());
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            switch (c) {
                case ' ' -> b.append("%20");
                case '(' -> b.append("%28");
                case ')' -> b.append("%29");
                case '<' -> b.append("%3C");
                case '>' -> b.append("%3E");
                case '%' -> b.append("%25");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
