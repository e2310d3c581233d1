package dev.procedures.core.testing;

import dev.procedures.core.finding.Severity;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.reading.ProcedureReader;
import dev.procedures.core.rules.ProcedureRule;
import dev.procedures.core.rules.Reporter;
import dev.procedures.core.rules.RuleContext;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.source.UnreadableSourceException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one per-file rule on a Markdown text or file and records what it reports. */
public final class RuleHarness {

    private RuleHarness() {
    }

    /**
     * One reported finding.
     *
     * @param severity    the severity as the default configuration would give it
     * @param path        path
     * @param line        line
     * @param column      column
     * @param message     message
     * @param fingerprint fingerprint key
     */
    public record Reported(Severity severity, String path, int line, int column, String message, String fingerprint) {
    }

    /**
     * @param text Markdown as a string (may start with a BOM, use CRLF)
     * @return the procedure, read with the default vocabulary, file name {@code PROC-BACKEND-001-prueba.md}
     */
    public static Procedure read(String text) {
        return read("PROC-BACKEND-001-prueba.md", text);
    }

    /**
     * @param fileName file name
     * @param text     Markdown text
     * @return the procedure
     */
    public static Procedure read(String fileName, String text) {
        return new ProcedureReader(RuleContext.defaults(java.time.LocalDate.EPOCH).vocabulary())
                .read(Path.of(fileName), fileName, SourceText.of(text));
    }

    /**
     * @param file a file on disk
     * @return the procedure, path shown as the file name
     * @throws UnreadableSourceException if the file is not valid UTF-8
     */
    public static Procedure read(Path file) throws UnreadableSourceException {
        SourceText source = new SourceReader(StandardCharsets.UTF_8).read(file);
        return new ProcedureReader(RuleContext.defaults(java.time.LocalDate.EPOCH).vocabulary())
                .read(file, file.getFileName().toString(), source);
    }

    /**
     * @param rule      the rule
     * @param procedure the procedure
     * @param context   the context
     * @return the findings in report order
     */
    public static List<Reported> run(ProcedureRule rule, Procedure procedure, RuleContext context) {
        List<Reported> out = new ArrayList<>();
        Severity ruleSeverity = rule.descriptor().defaultSeverity();
        rule.check(procedure, context, new Reporter() {
            @Override
            public void report(String path, int line, int column, String message, String fingerprint) {
                out.add(new Reported(ruleSeverity, path, line, column, message, fingerprint));
            }

            @Override
            public void report(Severity severity, String path, int line, int column, String message,
                               String fingerprint) {
                out.add(new Reported(severity.isAtLeast(ruleSeverity) ? ruleSeverity : severity, path, line, column,
                        message, fingerprint));
            }
        });
        return out;
    }
}
