package dev.procedures.core.rules;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Block;
import dev.procedures.core.model.Label;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.MetadataValue;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.Section;
import dev.procedures.core.model.Step;
import dev.procedures.core.text.TextNormalizer;
import dev.procedures.core.vocabulary.Criticality;
import dev.procedures.core.vocabulary.MetadataField;
import dev.procedures.core.vocabulary.SectionKind;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rollback}: the team conventions ask every procedure for a documented rollback "where one
 * applies", and a well defined one for CRITICA procedures. This rule checks:
 * <ul>
 *   <li>the rollback section ({@link SectionKind#ROLLBACK}) has real content: a code block with a
 *       command, or at least {@value #MIN_WORDS} words of text that are not the heading again nor
 *       placeholders ({@code TODO}, {@code TBD}, {@code Pendiente}, {@code [..]});</li>
 *   <li>or it states why no rollback applies ({@code no requiere rollback}, {@code no hay nada que
 *       revertir}, {@code rollback no aplica}...) with a reason of at least {@value #MIN_WORDS}
 *       further words; such a statement is accepted for BAJA and MEDIA only;</li>
 *   <li>CRITICA and ALTA procedures always have a rollback section (for the others a missing
 *       section is {@code required-sections}' finding);</li>
 *   <li>every step marked {@code **Rollback Disponible:** SI} or {@code **Criticidad:** CRITICA}
 *       has its own {@code **Rollback de este paso:**} label followed by a code block, list or
 *       text.</li>
 * </ul>
 */
public final class RollbackRule implements ProcedureRule {

    /** Fewest words that count as real text (or as a reason). */
    static final int MIN_WORDS = 3;

    private static final Pattern NO_ROLLBACK = Pattern.compile(
            "\\bno (?:se )?(?:requiere|requieren|necesita|necesitan|aplica|tiene|hay|existe|es necesario|se necesita)"
                    + "(?: un| ningun| de)? (?:rollback|reversion|vuelta atras)\\b"
                    + "|\\b(?:rollback|reversion)(?: completo)?(?: :)? no (?:aplica|es necesario|es requerido|requerido"
                    + "|necesario|se requiere|disponible)\\b"
                    + "|\\bsin rollback\\b|\\bno hay nada que revertir\\b|^no aplica\\b");
    private static final Pattern PLACEHOLDER_TEXT = Pattern.compile(
            "\\[[^\\]]*\\]|\\b(?:todo|tbd|tba|fixme|wip|pendiente|por definir|por completar|por documentar|n/a)\\b"
                    + "|\\.\\.\\.");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    private static final Set<String> STEP_ROLLBACK_LABELS = Set.of("rollback de este paso", "rollback del paso",
            "rollback", "rollback de paso", "step rollback", "como revertir", "reversion", "revertir");
    private static final Set<String> REVERSIBLE_LABELS = Set.of("rollback disponible", "rollback available",
            "reversible");
    private static final Set<String> CRITICALITY_LABELS = Set.of("criticidad", "criticality");
    private static final Pattern YES = Pattern.compile("^(?:si|yes|true)\\b");

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("rollback", Severity.ERROR,
            "The rollback section has real content (steps or commands) or states why none applies (BAJA and "
                    + "MEDIA only); CRITICA and ALTA always have one; every reversible or CRITICA step has its own "
                    + "step rollback.",
            "Write the commands or steps that undo the procedure under '## Rollback Completo' (for BAJA or "
                    + "MEDIA procedures that change nothing, write 'No requiere rollback porque ...' with the "
                    + "reason), and add '**Rollback de este paso:**' with the commands to every step marked "
                    + "'Rollback Disponible: SI' or 'Criticidad: CRITICA'.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Procedure p, RuleContext context, Reporter reporter) {
        Optional<Criticality> criticality = ContentChecks.criticality(p, context.vocabulary());
        boolean demanding = criticality.filter(c -> c == Criticality.CRITICA || c == Criticality.ALTA).isPresent();
        List<Section> sections = p.sections(SectionKind.ROLLBACK);
        if (sections.isEmpty()) {
            if (demanding) {
                int line = p.metadata().get(MetadataField.CRITICALITY).map(MetadataValue::line).orElse(1);
                reporter.report(p.path(), line, 0, criticality.get().display() + " procedure has no rollback "
                        + "section; add '## Rollback Completo' with the steps or commands that undo it",
                        "no-rollback-section");
            }
        } else {
            checkSection(p, sections, criticality, demanding, reporter);
        }
        for (Step step : p.steps()) {
            checkStep(p, step, context, reporter);
        }
    }

    private static void checkSection(Procedure p, List<Section> sections, Optional<Criticality> criticality,
                                     boolean demanding, Reporter reporter) {
        Verdict worst = null;
        for (Section s : sections) {
            Verdict v = verdict(p.document(), s, demanding);
            if (v == Verdict.OK) {
                return;
            }
            if (worst == null) {
                worst = v;
            }
        }
        Section s = sections.get(0);
        int line = s.heading().line();
        int column = s.heading().column();
        String heading = "'" + s.heading().text() + "'";
        switch (worst) {
            case EMPTY -> reporter.report(p.path(), line, column, heading + " has no real content (only the "
                    + "heading, TODO or placeholders); write the steps or commands that undo the procedure, or "
                    + "state why no rollback applies", "empty-rollback-section");
            case NO_ROLLBACK_WITHOUT_REASON -> reporter.report(p.path(), line, column, heading + " says no "
                    + "rollback applies but not why; add the reason (for example 'No requiere rollback porque el "
                    + "procedimiento es de solo lectura')", "no-rollback-without-reason");
            case NO_ROLLBACK_NOT_ALLOWED -> reporter.report(p.path(), line, column, heading + " says no rollback "
                    + "applies, but " + criticality.map(Criticality::display).orElse("") + " procedures must "
                    + "have one; write the steps or commands that undo it", "no-rollback-not-allowed");
            default -> throw new IllegalStateException("unexpected verdict " + worst);
        }
    }

    private enum Verdict { OK, EMPTY, NO_ROLLBACK_WITHOUT_REASON, NO_ROLLBACK_NOT_ALLOWED }

    private static Verdict verdict(MarkdownDocument doc, Section s, boolean demanding) {
        int from = s.startLine() + 1;
        boolean commands = doc.codeBlocks().stream()
                .filter(c -> c.startLine() >= from && c.startLine() <= s.endLine())
                .anyMatch(ContentChecks::hasCommandLine);
        if (commands) {
            return Verdict.OK; // commands are real content, whatever the text says
        }
        StringBuilder text = new StringBuilder();
        for (Block b : doc.blocksIn(from, s.endLine())) {
            if (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.TABLE) {
                text.append(TextNormalizer.fold(b.text().replace('|', ' '))).append('\n');
            }
        }
        String folded = text.toString();
        Set<String> headingWords = new HashSet<>(Arrays.asList(s.heading().key().split(" ")));
        boolean saysNone = false;
        for (String line : folded.split("\n")) {
            if (NO_ROLLBACK.matcher(line.trim()).find()) {
                saysNone = true;
            }
        }
        if (saysNone) {
            if (demanding) {
                return Verdict.NO_ROLLBACK_NOT_ALLOWED;
            }
            StringBuilder rest = new StringBuilder();
            for (String line : folded.split("\n")) {
                rest.append(NO_ROLLBACK.matcher(line.trim()).replaceAll(" ")).append('\n');
            }
            return words(rest.toString(), headingWords) >= MIN_WORDS ? Verdict.OK : Verdict.NO_ROLLBACK_WITHOUT_REASON;
        }
        if (words(folded, headingWords) >= MIN_WORDS) {
            return Verdict.OK;
        }
        return Verdict.EMPTY;
    }

    /** Counts the words of folded text that are neither placeholders nor words of the heading. */
    private static int words(String folded, Set<String> headingWords) {
        Matcher m = WORD.matcher(PLACEHOLDER_TEXT.matcher(folded).replaceAll(" "));
        int count = 0;
        while (m.find()) {
            if (!headingWords.contains(m.group())) {
                count++;
            }
        }
        return count;
    }

    private static void checkStep(Procedure p, Step step, RuleContext context, Reporter reporter) {
        MarkdownDocument doc = p.document();
        List<Label> labels = ContentChecks.stepLabels(doc, step);
        boolean reversible = ContentChecks.label(labels, REVERSIBLE_LABELS)
                .map(l -> TextNormalizer.fold(l.value()))
                .filter(v -> YES.matcher(v).find() && !v.contains("|"))
                .isPresent();
        boolean critical = ContentChecks.label(labels, CRITICALITY_LABELS)
                .flatMap(l -> context.vocabulary().criticality(l.value()))
                .filter(c -> c == Criticality.CRITICA)
                .isPresent();
        if (!reversible && !critical) {
            return;
        }
        String why = reversible ? "is marked 'Rollback Disponible: SI'" : "is marked 'Criticidad: CRITICA'";
        String key = step.number() + " " + TextNormalizer.fold(step.title());
        Optional<Label> rollback = ContentChecks.label(labels, STEP_ROLLBACK_LABELS);
        if (rollback.isEmpty()) {
            reporter.report(p.path(), step.heading().line(), step.heading().column(), "'" + step.heading().text()
                    + "' " + why + " but has no '**Rollback de este paso:**'; add it with the commands that undo "
                    + "this step", "no-step-rollback:" + key);
            return;
        }
        Label l = rollback.get();
        if (!ContentChecks.hasContent(doc, l, ContentChecks.regionEnd(l, labels, step.endLine()))) {
            reporter.report(p.path(), l.line(), l.column(), "'" + l.key() + "' of '" + step.heading().text()
                    + "' is empty; write the commands (code block), list or text that undo this step",
                    "empty-step-rollback:" + key);
        }
    }
}
