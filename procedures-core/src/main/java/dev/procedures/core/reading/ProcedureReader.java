package dev.procedures.core.reading;

import dev.procedures.core.frontmatter.FrontMatter;
import dev.procedures.core.frontmatter.FrontMatterEntry;
import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.model.Heading;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.Metadata;
import dev.procedures.core.model.MetadataValue;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.Section;
import dev.procedures.core.model.Step;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.text.TextNormalizer;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.SectionKind;
import dev.procedures.core.vocabulary.Vocabulary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a procedure: parses the Markdown once and interprets it with a {@link Vocabulary}
 * (metadata from front matter, else from bold labels under the title; recognised sections; steps).
 *
 * <p>Thread-safe.
 */
public final class ProcedureReader {

    private static final Pattern STEP = Pattern.compile("^paso (\\d+(?:\\.\\d+)*)\\b\\s*[:.)\\-]?\\s*(.*)$");
    private static final Pattern STEP_TITLE = Pattern.compile("^\\s*\\S+\\s+\\d+(?:\\.\\d+)*\\s*[:.)\\-]?\\s*");

    private final Vocabulary vocabulary;
    private final MarkdownReader markdownReader = new MarkdownReader();

    /** @param vocabulary the names the team writes */
    public ProcedureReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Reads one procedure from its decoded text.
     *
     * @param file   the file on disk
     * @param path   the path to show in findings
     * @param source the decoded text
     * @return the procedure
     */
    public Procedure read(Path file, String path, SourceText source) {
        MarkdownDocument doc = markdownReader.read(source);
        Optional<Heading> title = doc.headings().stream().filter(h -> h.level() == 1).findFirst();
        Metadata metadata = metadata(doc, title);
        List<Heading> headings = doc.headings();
        int[] ends = sectionEnds(headings, doc.source().lineCount());
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.level() >= 2) {
                int end = ends[i];
                vocabulary.section(h.key()).ifPresent(kind -> sections.add(new Section(kind, h, end)));
            }
        }
        List<Section> execution = sections.stream().filter(s -> s.kind() == SectionKind.EXECUTION).toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.level() < 2 || !h.key().startsWith("paso ")) {
                continue;
            }
            Matcher m = STEP.matcher(h.key());
            if (!m.matches()) {
                continue;
            }
            boolean inside = execution.isEmpty() || execution.stream()
                    .anyMatch(s -> h.line() > s.startLine() && h.line() <= s.endLine());
            if (inside) {
                String titleText = STEP_TITLE.matcher(h.text()).replaceFirst("");
                steps.add(new Step(m.group(1), titleText, h, ends[i]));
            }
        }
        Optional<ProcedureId> fileId = ProcedureId.atStart(file.getFileName().toString());
        return new Procedure(file, path, fileId, doc, metadata, title, sections, steps);
    }

    private Metadata metadata(MarkdownDocument doc, Optional<Heading> title) {
        Map<MetadataField, MetadataValue> values = new EnumMap<>(MetadataField.class);
        Map<MetadataField, Integer> rank = new EnumMap<>(MetadataField.class);
        Set<MetadataField> ambiguous = EnumSet.noneOf(MetadataField.class);
        if (doc.frontMatter().isPresent()) {
            FrontMatter fm = doc.frontMatter().get();
            for (FrontMatterEntry e : fm.entries()) {
                String folded = TextNormalizer.fold(e.key());
                Optional<MetadataField> field = vocabulary.field(e.key());
                if (field.isEmpty()) {
                    continue;
                }
                int r = vocabulary.aliases(field.get()).indexOf(folded);
                Integer previous = rank.get(field.get());
                if (previous == null || r < previous) {
                    rank.put(field.get(), r);
                    List<String> items = e.items() != null ? e.items() : List.of(e.text());
                    values.put(field.get(), new MetadataValue(field.get(), e.key(), e.text(), items,
                            e.valueLine(), e.valueColumn(), MetadataValue.Origin.FRONT_MATTER));
                }
            }
            for (String dup : fm.duplicateKeys()) {
                vocabulary.field(dup).ifPresent(ambiguous::add);
            }
        }
        int from = title.map(Heading::line).orElse(1);
        int to = doc.headings().stream().filter(h -> h.line() > from && h.level() >= 2).mapToInt(Heading::line)
                .findFirst().orElse(doc.source().lineCount());
        Map<MetadataField, Integer> labelRank = new EnumMap<>(MetadataField.class);
        for (Label label : doc.labelsIn(from, to)) {
            Optional<MetadataField> field = vocabulary.field(label.key());
            if (field.isEmpty()) {
                continue;
            }
            MetadataField f = field.get() == MetadataField.DOCUMENT_TYPE ? MetadataField.TYPE : field.get();
            if (values.containsKey(f) && values.get(f).origin() == MetadataValue.Origin.FRONT_MATTER
                    || ambiguous.contains(f)) {
                continue;
            }
            // a 'Tipo' label stands for categoria (the template writes the type there) but ranks
            // below any real categoria alias
            int r = f == field.get() ? vocabulary.aliases(f).indexOf(label.folded()) : Integer.MAX_VALUE;
            Integer previous = labelRank.get(f);
            if (previous == null || r < previous) {
                labelRank.put(f, r);
                // the value ends the line: its column is counted back from the line's end
                String line = doc.source().line(label.line()).stripTrailing();
                int column = label.value().isEmpty() ? label.column()
                        : Math.max(label.column(), line.length() - label.value().length() + 1);
                values.put(f, new MetadataValue(f, label.key(), stripMarkup(label.value()), List.of(stripMarkup(label.value())),
                        label.line(), column, MetadataValue.Origin.LABEL));
            }
        }
        return new Metadata(values, ambiguous);
    }

    /**
     * {@link MarkdownDocument#sectionEnd} of every heading in one pass: a heading's section ends
     * before the next heading of the same or a higher level. Headings are in file order, one per
     * line, so a stack of still open headings gives each end in O(number of headings).
     *
     * @param headings  the headings in file order
     * @param lineCount the number of lines of the file (end of the sections still open at the end)
     * @return per heading index, the 1-based last line of its section
     */
    static int[] sectionEnds(List<Heading> headings, int lineCount) {
        int[] ends = new int[headings.size()];
        int[] open = new int[headings.size()];
        int depth = 0;
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            while (depth > 0 && headings.get(open[depth - 1]).level() >= h.level()
                    && h.line() > headings.get(open[depth - 1]).line()) {
                ends[open[--depth]] = h.line() - 1;
            }
            open[depth++] = i;
        }
        while (depth > 0) {
            ends[open[--depth]] = lineCount;
        }
        return ends;
    }

    private static String stripMarkup(String value) {
        return value.replace("**", "").replace("`", "").trim();
    }
}
