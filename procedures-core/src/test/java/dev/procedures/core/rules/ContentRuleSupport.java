package dev.procedures.core.rules;

import dev.procedures.core.model.Procedure;
import dev.procedures.core.reading.ProcedureReader;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.vocabulary.Vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads test inputs and runs one content rule on them, recording what it reports. */
final class ContentRuleSupport {

    /** The date the issue fixes as today for the real files. */
    static final RuleContext TODAY = RuleContext.defaults(LocalDate.of(2026, 11, 29));

    private ContentRuleSupport() {
    }

    /**
     * One reported finding.
     *
     * @param path        path
     * @param line        line
     * @param column      column
     * @param message     message
     * @param fingerprint fingerprint key
     */
    record Reported(String path, int line, int column, String message, String fingerprint) {
        /** @return {@code line:column fingerprint}, for compact assertions */
        String brief() {
            return line + ":" + column + " " + fingerprint;
        }
    }

    /**
     * @param name a file in {@code src/test/resources/rules-content}
     * @return the procedure, path shown as the file name
     */
    static Procedure resource(String name) {
        try (InputStream in = ContentRuleSupport.class.getResourceAsStream("/rules-content/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ProcedureReader(Vocabulary.defaults()).read(Path.of(name), name, SourceText.of(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param text Markdown text
     * @return the procedure, file name {@code PROC-BACKEND-001-prueba.md}
     */
    static Procedure text(String text) {
        String name = "PROC-BACKEND-001-prueba.md";
        return new ProcedureReader(Vocabulary.defaults()).read(Path.of(name), name, SourceText.of(text));
    }

    /**
     * @param file a file on disk
     * @return the procedure, path shown as the file name
     */
    static Procedure file(Path file) {
        try {
            SourceText source = new SourceReader(StandardCharsets.UTF_8).read(file);
            return new ProcedureReader(Vocabulary.defaults()).read(file, file.getFileName().toString(), source);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param rule      the rule
     * @param procedure the procedure
     * @return the findings in report order
     */
    static List<Reported> run(ProcedureRule rule, Procedure procedure) {
        List<Reported> out = new ArrayList<>();
        rule.check(procedure, TODAY, (path, line, column, message, fingerprint) ->
                out.add(new Reported(path, line, column, message, fingerprint)));
        return out;
    }

    /**
     * @param rule      the rule
     * @param procedure the procedure
     * @return {@code line:column fingerprint} of each finding, in report order
     */
    static List<String> briefs(ProcedureRule rule, Procedure procedure) {
        return run(rule, procedure).stream().map(Reported::brief).toList();
    }
}
