package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Heading;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.MetadataValue;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.Section;
import dev.procedures.core.model.Table;
import dev.procedures.core.text.TextNormalizer;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.SectionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code approvals}: the sign-off the team conventions ask for.
 * <ul>
 *   <li>at least one reviewer who is not a placeholder, from the front matter {@code revisores}
 *       list or a {@code **Revisado por:**} line; and every {@code Revisado por} line that is a
 *       placeholder is reported, even when the front matter names reviewers, because it says the
 *       review has not been recorded;</li>
 *   <li>CRITICA needs an {@code **Aprobado por:**} that is not a placeholder (Tech Lead or
 *       management approval);</li>
 *   <li>CRITICA and ALTA need {@code **Testeado en:**} naming staging or pre-production
 *       ({@code staging}, {@code stage}, {@code pre-prod}, {@code preprod}, {@code pre-producción},
 *       {@code pre-production}); {@code dev} or {@code qa} do not count.</li>
 * </ul>
 * Placeholders: empty, {@code [anything]}, {@code Pendiente}, {@code TBD}, {@code TODO},
 * {@code Nombre}, {@code Nombre1}, {@code N/A}; only the part before {@code " - "} counts, so
 * {@code SRE - 2025-11-18} names a reviewer. The sign-off entries are read in the Aprobaciones
 * section, as labels or as table rows ({@code | Revisor Tecnico | [Pendiente] | ... |}), or anywhere
 * outside code when the procedure has no such section. This rule owns those lines:
 * {@code template-leftovers} does not report placeholders on them.
 */
public final class ApprovalsRule implements ProcedureRule {

    /** Folded labels of a reviewer line. */
    static final Set<String> REVIEWED_BY = Set.of("revisado por", "revisor", "revisores", "reviewed by", "reviewer");
    /** Folded labels of an approver line. */
    static final Set<String> APPROVED_BY = Set.of("aprobado por", "aprobador", "approved by", "approver");
    /** Folded labels of the tested-in line. */
    static final Set<String> TESTED_IN = Set.of("testeado en", "probado en", "tested in", "tested on",
            "validado en");

    private static final Pattern STAGING = Pattern.compile(
            "\\b(?:staging|stage|pre ?prod|pre ?produccion|pre ?production)\\b");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("approvals", Severity.ERROR,
            "At least one reviewer who is not a placeholder; CRITICA needs an approver; CRITICA and ALTA need "
                    + "'Testeado en' staging or pre-prod.",
            "Under '## Aprobaciones', write the real names: '- **Revisado por:** SRE - 2025-11-18', for CRITICA "
                    + "'- **Aprobado por:** Tech Lead - <fecha>', and for CRITICA and ALTA "
                    + "'- **Testeado en:** staging - <fecha>' once the procedure ran there.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        MarkdownDocument doc = p.document();
        List<Label> signOff = signOffEntries(p);
        Optional<Criticality> criticality = ContentChecks.criticality(p, context.vocabulary());

        List<Label> reviewers = signOff.stream().filter(l -> REVIEWED_BY.contains(l.folded())).toList();
        boolean realReviewer = p.metadata().get(MetadataField.REVIEWERS)
                .map(v -> v.items().stream().anyMatch(i -> !ContentChecks.isPlaceholder(i))).orElse(false)
                || reviewers.stream().anyMatch(l -> !ContentChecks.isPlaceholder(l.value()));
        for (Label l : reviewers) {
            if (ContentChecks.isPlaceholder(l.value())) {
                reporter.report(p.path(), l.line(), ContentChecks.valueColumn(doc, l), "'" + l.key() + "' is a "
                        + "placeholder ('" + l.value() + "'): no review is recorded; write the name of the DevOps/SRE "
                        + "reviewer (and the date) once the review is done", "reviewed-by=" + l.value());
            }
        }
        if (!realReviewer && reviewers.isEmpty()) {
            Optional<MetadataValue> listed = p.metadata().get(MetadataField.REVIEWERS);
            int line = listed.map(MetadataValue::line).orElse(anchorLine(p));
            int column = listed.map(MetadataValue::column).orElse(0);
            reporter.report(p.path(), line, column, "no reviewer is named; list the DevOps/SRE reviewers in "
                    + "'revisores' and write '- **Revisado por:** <nombre> - <fecha>' under '## Aprobaciones'",
                    "no-reviewer");
        }
        if (criticality.isEmpty()) {
            return;
        }
        Criticality c = criticality.get();
        if (c == Criticality.CRITICA) {
            Optional<Label> approver = signOff.stream().filter(l -> APPROVED_BY.contains(l.folded())).findFirst();
            if (approver.isEmpty() || signOff.stream().filter(l -> APPROVED_BY.contains(l.folded()))
                    .allMatch(l -> ContentChecks.isPlaceholder(l.value()))) {
                int line = approver.map(Label::line).orElse(anchorLine(p));
                int column = approver.map(l -> ContentChecks.valueColumn(doc, l)).orElse(0);
                reporter.report(p.path(), line, column, "CRITICA procedure has no approver"
                        + approver.map(l -> " ('" + l.key() + "' is '" + l.value() + "')").orElse("")
                        + "; a CRITICA procedure needs Tech Lead or management approval: write "
                        + "'- **Aprobado por:** <nombre> - <fecha>' under '## Aprobaciones'",
                        "no-approver:" + approver.map(Label::value).orElse(""));
            }
        }
        if (c == Criticality.CRITICA || c == Criticality.ALTA) {
            List<Label> tested = signOff.stream().filter(l -> TESTED_IN.contains(l.folded())).toList();
            boolean staging = tested.stream().anyMatch(l -> !ContentChecks.isPlaceholder(l.value())
                    && STAGING.matcher(TextNormalizer.fold(l.value())).find());
            if (!staging) {
                Optional<Label> first = tested.stream().findFirst();
                int line = first.map(Label::line).orElse(anchorLine(p));
                int column = first.map(l -> ContentChecks.valueColumn(doc, l)).orElse(0);
                reporter.report(p.path(), line, column, c.display() + " procedure is not recorded as tested in "
                        + "staging or pre-prod" + first.map(l -> " ('" + l.key() + "' is '" + l.value() + "')")
                        .orElse("") + "; run it in staging first and write '- **Testeado en:** staging - <fecha>' "
                        + "under '## Aprobaciones'", "not-tested-in-staging:" + first.map(Label::value).orElse(""));
            }
        }
    }

    /**
     * The sign-off entries this rule reads: the labels of the Aprobaciones sections
     * ({@code - **Revisado por:** SRE - 2025-11-18}) and the rows of their tables
     * ({@code | Revisor Tecnico | [Pendiente] | ... |}, role in the first column, name in the
     * {@code Nombre} column or else the second), or the labels of the whole document when it has no
     * Aprobaciones section. A table row is returned as a {@link Label} whose key is the role and
     * whose value is the name cell.
     *
     * @param p a procedure
     * @return reviewer, approver and tested-in entries, in file order
     */
    static List<Label> signOffEntries(Procedure p) {
        MarkdownDocument doc = p.document();
        List<Section> sections = p.sections(SectionKind.APPROVALS);
        List<Label> entries = new ArrayList<>();
        if (sections.isEmpty()) {
            entries.addAll(doc.labels());
        } else {
            for (Section s : sections) {
                entries.addAll(doc.labelsIn(s.startLine() + 1, s.endLine()));
                for (Table t : doc.tables()) {
                    if (t.line() > s.startLine() && t.line() <= s.endLine()) {
                        entries.addAll(tableEntries(doc, t));
                    }
                }
            }
        }
        return entries.stream().filter(l -> REVIEWED_BY.contains(l.folded()) || APPROVED_BY.contains(l.folded())
                || TESTED_IN.contains(l.folded())).sorted(java.util.Comparator.comparingInt(Label::line)).toList();
    }

    /**
     * @param p a procedure
     * @return the 1-based lines of the sign-off entries (see {@link #signOffEntries}); other rules
     *         leave placeholders on these lines to this rule
     */
    static Set<Integer> ownedLines(Procedure p) {
        Set<Integer> lines = new java.util.HashSet<>();
        signOffEntries(p).forEach(l -> lines.add(l.line()));
        return lines;
    }

    private static List<Label> tableEntries(MarkdownDocument doc, Table t) {
        int nameColumn = 1;
        for (int i = 0; i < t.header().size(); i++) {
            String h = TextNormalizer.fold(t.header().get(i));
            if (h.equals("nombre") || h.equals("name") || h.equals("responsable")) {
                nameColumn = i;
            }
        }
        List<Label> result = new ArrayList<>();
        for (Table.Row row : t.rows()) {
            if (row.cells().size() <= nameColumn || row.cells().isEmpty()) {
                continue;
            }
            String role = row.cells().get(0);
            String folded = roleKey(TextNormalizer.fold(role));
            String value = row.cells().get(nameColumn);
            String line = doc.source().line(row.line());
            int idx = value.isEmpty() ? -1 : line.indexOf(value, line.indexOf(role) + role.length());
            result.add(new Label(role, folded, value, row.line(), idx < 0 ? 1 : idx + 1));
        }
        return result;
    }

    /** Maps table roles ({@code Revisor Tecnico}, {@code Aprobador}) to the label keys. */
    private static String roleKey(String role) {
        if (role.startsWith("revisor") || role.startsWith("revisado")) {
            return "revisado por";
        }
        if (role.startsWith("aprobador") || role.startsWith("aprobado") || role.startsWith("approver")) {
            return "aprobado por";
        }
        if (role.startsWith("testeado") || role.startsWith("probado")) {
            return "testeado en";
        }
        return role;
    }

    private static int anchorLine(Procedure p) {
        return p.section(SectionKind.APPROVALS).map(s -> s.heading().line())
                .or(() -> p.title().map(Heading::line)).orElse(1);
    }
}
