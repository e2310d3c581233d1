package dev.procedures.core.rules;

import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.ProcedureSummary;
import dev.procedures.core.secrets.SecretScanner;
import dev.procedures.core.testing.RuleHarness;
import dev.procedures.core.vocabulary.Vocabulary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs a corpus rule over small in-memory procedure sets. */
final class CorpusRules {

    /** One reported corpus finding. */
    record Reported(String path, int line, int column, String message, String fingerprint) {
    }

    private CorpusRules() {
    }

    /**
     * @param files file name to Markdown text, in the order the file system would list them
     * @return the corpus
     */
    static Corpus corpus(Map<String, String> files, String... retired) {
        List<ProcedureSummary> summaries = new ArrayList<>();
        files.forEach((name, text) -> summaries.add(ProcedureSummary.of(RuleHarness.read(name, text),
                Vocabulary.defaults(), SecretScanner.defaults().redactor(text))));
        Set<ProcedureId> retiredIds = Arrays.stream(retired).map(r -> ProcedureId.parse(r).orElseThrow())
                .collect(Collectors.toSet());
        return new Corpus(Path.of("."), summaries, Optional.empty(), retiredIds, "Índice de Procedimientos");
    }

    /** @return a procedure declaring {@code id} in front matter at line 2 */
    static String procedure(String id) {
        return "---\nid: " + id + "\n---\n\n# " + id + ": Prueba\n";
    }

    /**
     * @param names file names; each declares the id its name starts with
     * @return name to text, in the given order
     */
    static Map<String, String> files(String... names) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String n : names) {
            files.put(n, procedure(ProcedureId.atStart(n).orElseThrow().text()));
        }
        return files;
    }

    static List<Reported> run(CorpusRule rule, Corpus corpus) {
        List<Reported> out = new ArrayList<>();
        rule.check(corpus, RuleContext.defaults(LocalDate.of(2026, 11, 29)), new Reporter() {
            @Override
            public void report(String path, int line, int column, String message, String fingerprint) {
                out.add(new Reported(path, line, column, message, fingerprint));
            }

            @Override
            public void report(dev.procedures.core.finding.Severity severity, String path, int line, int column,
                               String message, String fingerprint) {
                report(path, line, column, message, fingerprint);
            }
        });
        return out;
    }
}
