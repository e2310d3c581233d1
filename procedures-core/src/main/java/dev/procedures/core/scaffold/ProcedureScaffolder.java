package dev.procedures.core.scaffold;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.ProcedureScanner;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.frontmatter.FrontMatter;
import dev.procedures.core.frontmatter.FrontMatterEntry;
import dev.procedures.core.io.AtomicFiles;
import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.model.Heading;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.Table;
import dev.procedures.core.secrets.SecretMatch;
import dev.procedures.core.secrets.SecretScanner;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.source.UnreadableSourceException;
import dev.procedures.core.text.TextNormalizer;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.Frequency;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.ProcedureType;
import dev.procedures.core.vocabulary.SectionKind;
import dev.procedures.core.vocabulary.Vocabulary;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Starts a procedure from the team template: takes the next free number of the prefix (never a
 * number used before or declared retired), names the file {@code ID-slug.md} with a kebab-case
 * slug, and fills the front matter (id, categoria, titulo, criticidad, frecuencia, version 1.0.0,
 * ultima_actualizacion), the H1, the bold metadata lines under it, the footer dates and the first
 * row of the version history (the template's example rows of later versions are dropped).
 * Everything else of the template stays for a human to write.
 *
 * <p>Writes nothing when the request is invalid or the file exists.
 */
public final class ProcedureScaffolder {

    private static final DumpSettings SCALAR = DumpSettings.builder().setDefaultScalarStyle(ScalarStyle.PLAIN)
            .setWidth(Integer.MAX_VALUE).build();

    /**
     * Creates the procedure file (not the index: run the index generator afterwards).
     *
     * @param request what to create
     * @return the created file and its id
     * @throws ProceduresException with a message saying what to fix when the title is missing or
     *                             holds a literal secret (shown masked), the type, criticality or
     *                             frequency is unknown, the template is missing
     *                             or unreadable, or the file already exists
     */
    public NewProcedure create(NewProcedureRequest request) throws ProceduresException {
        CheckRequest set = request.set();
        Vocabulary vocabulary = set.context().vocabulary();
        if (request.title() == null || request.title().isBlank()) {
            throw new ProceduresException("procedures.title is required: the title of the new procedure, for example "
                    + "-Dprocedures.title=\"Deployment a producción\"");
        }
        String title = request.title().trim();
        // before any message that quotes a value, and before the title names a file
        SecretScanner scanner = SecretScanner.withPlaceholders(set.context().placeholderValues());
        refuseSecret(scanner, "procedures.title", title);
        refuseSecret(scanner, "procedures.criticality", request.criticality());
        refuseSecret(scanner, "procedures.type", request.type());
        refuseSecret(scanner, "procedures.frequency", request.frequency());
        if (TextNormalizer.slug(title).isEmpty()) {
            throw new ProceduresException("procedures.title '" + title + "' has no letters or digits to name the file");
        }
        Criticality criticality = vocabulary.criticality(nonNull(request.criticality())).orElseThrow(() ->
                new ProceduresException("procedures.criticality: unknown criticidad '" + request.criticality()
                        + "'; expected CRITICA, ALTA, MEDIA or BAJA"));
        ProcedureType type = vocabulary.type(nonNull(request.type())).orElseThrow(() ->
                new ProceduresException("procedures.type: unknown categoria '" + request.type() + "'; expected "
                        + "deployment, rollback, maintenance, troubleshooting, scaling or disaster-recovery"));
        Optional<Frequency> frequency = Optional.empty();
        if (request.frequency() != null && !request.frequency().isBlank()) {
            frequency = Optional.of(vocabulary.frequency(request.frequency()).orElseThrow(() ->
                    new ProceduresException("procedures.frequency: unknown frecuencia '" + request.frequency()
                            + "'; expected diaria, semanal, mensual, trimestral, on-demand or emergencia")));
        }
        Path directory = set.directory();
        if (!Files.isDirectory(directory)) {
            throw new ProceduresException("procedures directory not found: " + directory);
        }
        Path template = request.template() != null ? request.template() : defaultTemplate(set);
        if (!Files.isRegularFile(template)) {
            throw new ProceduresException("template not found: " + template
                    + " (set procedures.template to the team's plantilla file)");
        }
        SourceText source;
        try {
            source = new SourceReader(set.encoding()).read(template);
        } catch (UnreadableSourceException e) {
            throw new ProceduresException(template + ":" + Math.max(1, e.line()) + ": " + e.getMessage());
        }
        MarkdownDocument doc = new MarkdownReader().read(source);
        String prefix = prefix(set, doc, vocabulary);
        ProcedureId id = nextId(set, prefix);
        Path file = directory.resolve(id.text() + "-" + TextNormalizer.slug(title) + ".md");
        if (Files.exists(file)) {
            throw new ProceduresException("file already exists: " + file + "; nothing written");
        }
        LocalDate today = set.context().today();
        Map<Integer, String> lines = new TreeMap<>();
        fillFrontMatter(doc, vocabulary, lines, id, title, criticality, type, frequency, today);
        fillBody(doc, vocabulary, lines, id, title, criticality, type, frequency, today);
        String text = rewrite(source, lines);
        byte[] bytes = (source.hasBom() ? "\uFEFF" + text : text).getBytes(set.encoding());
        try {
            AtomicFiles.writeIfChanged(file, bytes);
        } catch (IOException e) {
            throw new ProceduresException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return new NewProcedure(file, id);
    }

    /**
     * Refuses a value that holds a literal secret, as {@code no-credentials} would find it in the
     * file: the title would name the file (its slug keeps the value's letters and digits) and be
     * written in the front matter, the H1 and the README index, and an unknown value is quoted in
     * the error message. The message names the parameter and the kind of secret and shows the
     * value masked, never in clear.
     */
    private static void refuseSecret(SecretScanner scanner, String parameter, String value)
            throws ProceduresException {
        if (value == null || value.isBlank()) {
            return;
        }
        List<SecretMatch> found = scanner.scan(value);
        if (!found.isEmpty()) {
            SecretMatch m = found.get(0);
            String name = parameter.substring(parameter.indexOf('.') + 1);
            String why = parameter.equals("procedures.title")
                    ? "; the title names the file and goes into the file and the README index, so write it without"
                    + " the secret (say where to get it instead, such as a vault)"
                    : "; give the " + name + " without the secret";
            throw new ProceduresException(parameter + " holds a literal " + m.kind() + " (value '"
                    + m.maskedValue() + "')" + why + " and rotate the secret; nothing written");
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Path defaultTemplate(CheckRequest set) throws ProceduresException {
        Path folder = set.readme().toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> candidates = files.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.startsWith("plantilla") && n.endsWith(".md");
            }).sorted().toList();
            if (candidates.isEmpty()) {
                throw new ProceduresException("template not found: no plantilla-*.md in " + folder
                        + " (set procedures.template to the team's template file)");
            }
            return candidates.get(0);
        } catch (IOException e) {
            throw new ProceduresException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String prefix(CheckRequest set, MarkdownDocument template, Vocabulary vocabulary)
            throws ProceduresException {
        for (String p : set.prefixes()) {
            if (!ProcedureId.isPrefix(p.trim().toUpperCase(Locale.ROOT))) {
                // not quoted: the value names the file, and whatever it holds must not reach the log
                throw new ProceduresException("procedures.prefix holds a value that is not an id prefix: write "
                        + "parts of letters and digits joined by '-', each starting with a letter (for example "
                        + "PROC-BACKEND); nothing written");
            }
        }
        if (set.prefixes().size() == 1) {
            return set.prefixes().iterator().next().trim().toUpperCase(Locale.ROOT);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Path p : scan(set)) {
            ProcedureId.atStart(p.getFileName().toString()).ifPresent(id -> counts.merge(id.prefix(), 1, Integer::sum));
        }
        if (!counts.isEmpty()) {
            // the most used prefix (among the configured ones, as the scan keeps only those), then by name
            return counts.entrySet().stream().sorted((a, b) -> b.getValue() != a.getValue().intValue()
                    ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()))
                    .findFirst().orElseThrow().getKey();
        }
        if (!set.prefixes().isEmpty()) {
            return set.prefixes().stream().map(p -> p.trim().toUpperCase(Locale.ROOT)).sorted().findFirst()
                    .orElseThrow();
        }
        Optional<String> fromTemplate = template.frontMatter().flatMap(fm -> entry(fm, vocabulary, MetadataField.ID))
                .map(FrontMatterEntry::text).map(t -> t.replaceFirst("-[^-]*$", ""))
                .filter(t -> t.matches("[A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*"));
        return fromTemplate.orElseThrow(() -> new ProceduresException("cannot tell the id prefix: no procedure in "
                + set.directory() + " and no id in the template; set procedures.prefix (for example PROC-BACKEND)"));
    }

    private static List<Path> scan(CheckRequest set) throws ProceduresException {
        try {
            return new ProcedureScanner().scan(set.directory(), set.readme(), set.prefixes());
        } catch (IOException e) {
            throw new ProceduresException("cannot list " + set.directory() + ": " + e.getMessage(), e);
        }
    }

    private static ProcedureId nextId(CheckRequest set, String prefix) throws ProceduresException {
        int max = 0;
        for (Path p : scan(set)) {
            Optional<ProcedureId> id = ProcedureId.atStart(p.getFileName().toString());
            if (id.isPresent() && id.get().prefix().equalsIgnoreCase(prefix)) {
                max = Math.max(max, id.get().number());
            }
        }
        for (ProcedureId r : set.retired()) {
            if (r.prefix().equalsIgnoreCase(prefix)) {
                max = Math.max(max, r.number());
            }
        }
        int next = max + 1;
        if (next > 999) {
            throw new ProceduresException(prefix + " has no free three-digit number left");
        }
        return new ProcedureId(prefix, next, String.format(Locale.ROOT, "%03d", next));
    }

    private static Optional<FrontMatterEntry> entry(FrontMatter fm, Vocabulary vocabulary, MetadataField field) {
        for (FrontMatterEntry e : fm.entries()) {
            Optional<MetadataField> f = vocabulary.field(e.key());
            if (f.isPresent() && f.get() == field) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static void fillFrontMatter(MarkdownDocument doc, Vocabulary vocabulary, Map<Integer, String> lines,
                                        ProcedureId id, String title, Criticality criticality, ProcedureType type,
                                        Optional<Frequency> frequency, LocalDate today) {
        if (doc.frontMatter().isEmpty()) {
            return;
        }
        FrontMatter fm = doc.frontMatter().get();
        Map<MetadataField, String> values = new HashMap<>();
        values.put(MetadataField.ID, id.text());
        values.put(MetadataField.TITLE, title);
        values.put(MetadataField.TYPE, type.key());
        values.put(MetadataField.CRITICALITY, criticality.name());
        frequency.ifPresent(f -> values.put(MetadataField.FREQUENCY, f.key()));
        values.put(MetadataField.VERSION, "1.0.0");
        values.put(MetadataField.LAST_UPDATE, today.toString());
        for (FrontMatterEntry e : fm.entries()) {
            Optional<MetadataField> field = vocabulary.field(e.key());
            if (field.isEmpty() || !values.containsKey(field.get()) || e.valueLine() != e.line()) {
                continue;
            }
            String original = doc.source().line(e.line());
            String before = original.substring(0, Math.min(original.length(), e.valueColumn() - 1));
            lines.put(e.line(), before + yamlScalar(values.get(field.get())));
        }
    }

    private static String yamlScalar(String value) {
        String dumped = new Dump(SCALAR).dumpToString(value).strip();
        return dumped.startsWith("!!") ? "'" + value.replace("'", "''") + "'" : dumped;
    }

    private static void fillBody(MarkdownDocument doc, Vocabulary vocabulary, Map<Integer, String> lines,
                                 ProcedureId id, String title, Criticality criticality, ProcedureType type,
                                 Optional<Frequency> frequency, LocalDate today) {
        Optional<Heading> h1 = doc.headings().stream().filter(h -> h.level() == 1).findFirst();
        h1.ifPresent(h -> lines.put(h.line(), "# " + id.text() + ": " + title));
        int from = h1.map(Heading::line).orElse(1);
        int to = doc.headings().stream().filter(h -> h.line() > from && h.level() >= 2).mapToInt(Heading::line)
                .findFirst().orElse(doc.source().lineCount());
        for (Label label : doc.labelsIn(from, to)) {
            Optional<MetadataField> f = vocabulary.field(label.key());
            if (f.isEmpty()) {
                continue;
            }
            MetadataField field = f.get() == MetadataField.DOCUMENT_TYPE ? MetadataField.TYPE : f.get();
            String value = switch (field) {
                case TYPE -> type.key();
                case CRITICALITY -> criticality.name();
                case FREQUENCY -> frequency.map(Frequency::key).orElse(null);
                case ID -> id.text();
                case TITLE -> title;
                case VERSION -> "1.0.0";
                case LAST_UPDATE -> today.toString();
                default -> null;
            };
            if (value != null) {
                lines.put(label.line(), replaceLabelValue(doc.source().line(label.line()), label, value));
            }
        }
        // the footer: the last label of each footer key below the title block (the team template
        // has sections after its footer, so "after the last heading" misses it)
        Map<String, Label> footer = new HashMap<>();
        for (Label label : doc.labelsIn(to + 1, doc.source().lineCount())) {
            footer.put(label.folded(), label);
        }
        for (Label label : footer.values()) {
            String key = label.folded();
            String value = null;
            if (key.equals("documento creado") || key.equals("ultima actualizacion")) {
                value = today.toString();
            } else if (key.equals("version") && label.value().matches("[0-9Xx.]+")) {
                value = "1.0.0";
            } else if (key.startsWith("proxima revision")) {
                value = today.plus(vocabulary.reviewPeriod(frequency.orElse(Frequency.ON_DEMAND))).toString();
            }
            if (value != null) {
                lines.put(label.line(), replaceLabelValue(doc.source().line(label.line()), label, value));
            }
        }
        doc.headings().stream().filter(h -> vocabulary.section(h.key()).orElse(null) == SectionKind.VERSION_HISTORY)
                .findFirst().ifPresent(h -> {
                    int end = doc.sectionEnd(h);
                    for (Table t : doc.tables()) {
                        if (t.line() > h.line() && t.line() <= end && !t.rows().isEmpty()) {
                            Table.Row first = t.rows().get(0);
                            String row = doc.source().line(first.line());
                            lines.put(first.line(), row.replace("YYYY-MM-DD", today.toString()));
                            for (Table.Row example : t.rows().subList(1, t.rows().size())) {
                                lines.put(example.line(), null); // example rows of later versions
                            }
                            break;
                        }
                    }
                });
    }

    private static String replaceLabelValue(String line, Label label, String value) {
        // keep trailing white space: two spaces are a Markdown hard line break
        String content = line.stripTrailing();
        String trailing = line.substring(content.length());
        int valueStart = content.length() - label.value().length();
        if (label.value().isEmpty() || valueStart < 0) {
            return content + " " + value + trailing;
        }
        return content.substring(0, valueStart) + value + trailing;
    }

    private static String rewrite(SourceText source, Map<Integer, String> replacements) {
        StringBuilder out = new StringBuilder(source.text().length() + 256);
        String text = source.text();
        for (int line = 1; line <= source.lineCount(); line++) {
            int start = source.lineStart(line);
            int end = line < source.lineCount() ? source.lineStart(line + 1) : text.length();
            String original = text.substring(start, end);
            if (replacements.containsKey(line) && replacements.get(line) == null) {
                continue; // line removed
            }
            String replacement = replacements.get(line);
            if (replacement == null) {
                out.append(original);
            } else {
                String ending = original.endsWith("\r\n") ? "\r\n" : original.endsWith("\n") ? "\n" : "";
                out.append(replacement).append(ending);
            }
        }
        return out.toString();
    }

    /**
     * Sections of a document whose lines hold findings, for telling the user what is left to write.
     * The headings come from the template and are printed, so a secret in one is shown masked, as
     * {@code no-credentials} shows it.
     *
     * @param doc               the new procedure
     * @param lines             1-based lines of findings that need a human
     * @param placeholderValues the run's extra placeholder values ({@code RuleContext})
     * @return the H2 headings (text) that contain any of those lines, in order, without duplicates
     */
    public static List<String> sectionsAt(MarkdownDocument doc, List<Integer> lines, List<String> placeholderValues) {
        List<String> result = new ArrayList<>();
        for (Heading h : doc.headings()) {
            if (h.level() != 2) {
                continue;
            }
            int end = doc.sectionEnd(h);
            if (lines.stream().anyMatch(l -> l >= h.line() && l <= end) && !result.contains(h.text())) {
                result.add(h.text());
            }
        }
        if (result.isEmpty()) {
            return result;
        }
        SecretScanner.Redactor redactor = SecretScanner.withPlaceholders(placeholderValues)
                .redactor(doc.source().text());
        result.replaceAll(redactor::redactField);
        return result;
    }
}
