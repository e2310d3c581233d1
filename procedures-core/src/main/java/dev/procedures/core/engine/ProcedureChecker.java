package dev.procedures.core.engine;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.ProcedureSummary;
import dev.procedures.core.reading.ProcedureReader;
import dev.procedures.core.rules.Corpus;
import dev.procedures.core.rules.CorpusRule;
import dev.procedures.core.rules.ProcedureRule;
import dev.procedures.core.rules.Reporter;
import dev.procedures.core.rules.Rule;
import dev.procedures.core.rules.RuleContext;
import dev.procedures.core.rules.RuleRegistry;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.source.UnreadableSourceException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every enabled rule over one procedure set: reads and parses each file once (on
 * {@link CheckRequest#threads()} worker threads), runs the per-file rules on it, keeps only a
 * {@link ProcedureSummary}, then runs the corpus rules over the summaries.
 *
 * <p>Thread-safe; one instance can serve several sets.
 */
public final class ProcedureChecker {

    /** Id of the built-in finding for a procedure file that cannot be read or decoded. */
    public static final String FILE_ENCODING_RULE = "file-encoding";

    private final List<Rule> rules;

    /** One digest per thread: {@link MessageDigest#getInstance} costs a provider lookup per call. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    /** Uses every rule of {@link RuleRegistry}. */
    public ProcedureChecker() {
        this(RuleRegistry.all());
    }

    /** @param rules the rules to run (tests pass a subset) */
    public ProcedureChecker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Checks one procedure set.
     *
     * @param request what to check and how
     * @return the findings, sorted
     * @throws ProceduresException if the directory does not exist or cannot be listed
     */
    public CheckResult check(CheckRequest request) throws ProceduresException {
        long start = System.nanoTime();
        List<Path> files = scan(request);
        ProcedureReader reader = new ProcedureReader(request.context().vocabulary());
        SourceReader sourceReader = new SourceReader(request.encoding());
        List<ProcedureRule> fileRules = new ArrayList<>();
        List<CorpusRule> corpusRules = new ArrayList<>();
        for (Rule r : rules) {
            if (!request.rules().enabled(r)) {
                continue;
            }
            if (r instanceof ProcedureRule pr) {
                fileRules.add(pr);
            } else if (r instanceof CorpusRule cr) {
                corpusRules.add(cr);
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<ProcedureSummary> summaries = new ArrayList<>();
        ReadAll all = readAll(files, request, reader, sourceReader, fileRules);
        for (FileOutcome o : all.outcomes()) {
            findings.addAll(o.findings());
            o.summary().ifPresent(summaries::add);
        }
        Corpus corpus = new Corpus(request.directory(), summaries, all.readme(),
                request.retired(), request.indexHeading());
        for (CorpusRule rule : corpusRules) {
            rule.check(corpus, request.context(), collector(rule, request, findings));
        }
        findings.sort(Finding.ORDER);
        return new CheckResult(findings, files.size(), System.nanoTime() - start);
    }

    private List<Path> scan(CheckRequest request) throws ProceduresException {
        Path dir = request.directory();
        if (!Files.isDirectory(dir)) {
            throw new ProceduresException("procedures directory not found: " + dir
                    + " (set procedures.directory to the folder that holds the procedures)");
        }
        try {
            return new ProcedureScanner().scan(dir, request.readme(), request.prefixes());
        } catch (IOException e) {
            throw new ProceduresException("cannot list procedures directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private record FileOutcome(List<Finding> findings, Optional<ProcedureSummary> summary) {
    }

    private record ReadAll(List<FileOutcome> outcomes, Optional<Corpus.Readme> readme) {
    }

    /**
     * Reads and checks every file and parses the README. With several threads the README (large
     * for a large corpus) is parsed first on the pool, beside the files, rather than after them.
     */
    private ReadAll readAll(List<Path> files, CheckRequest request, ProcedureReader reader,
                            SourceReader sourceReader, List<ProcedureRule> fileRules)
            throws ProceduresException {
        if (request.threads() == 1 || files.size() < 2) {
            List<FileOutcome> result = new ArrayList<>();
            for (Path f : files) {
                result.add(checkFile(f, request, reader, sourceReader, fileRules));
            }
            return new ReadAll(result, readReadme(request, sourceReader));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.threads(), files.size()), r -> {
            Thread t = new Thread(r, "procedures-check");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Optional<Corpus.Readme>> readme = pool.submit(() -> readReadme(request, sourceReader));
            List<Future<FileOutcome>> futures = new ArrayList<>(files.size());
            for (Path f : files) {
                futures.add(pool.submit(() -> checkFile(f, request, reader, sourceReader, fileRules)));
            }
            List<FileOutcome> result = new ArrayList<>(files.size());
            for (Future<FileOutcome> future : futures) {
                result.add(future.get());
            }
            return new ReadAll(result, readme.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProceduresException("check interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new ProceduresException("check failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private FileOutcome checkFile(Path file, CheckRequest request, ProcedureReader reader, SourceReader sourceReader,
                                  List<ProcedureRule> fileRules) {
        String path = relativePath(request.baseDirectory(), file);
        List<Finding> findings = new ArrayList<>();
        SourceText source;
        try {
            source = sourceReader.read(file);
        } catch (UnreadableSourceException e) {
            findings.add(new Finding(FILE_ENCODING_RULE, Severity.ERROR, path, e.line(), 0, e.getMessage(),
                    fingerprint(FILE_ENCODING_RULE, path, "unreadable")));
            return new FileOutcome(findings, Optional.empty());
        }
        Procedure procedure = reader.read(file, path, source);
        for (ProcedureRule rule : fileRules) {
            rule.check(procedure, request.context(), collector(rule, request, findings));
        }
        return new FileOutcome(findings, Optional.of(ProcedureSummary.of(procedure, request.context().vocabulary())));
    }

    private Optional<Corpus.Readme> readReadme(CheckRequest request, SourceReader sourceReader) {
        Path readme = request.readme();
        if (!Files.isRegularFile(readme)) {
            return Optional.empty();
        }
        try {
            SourceText text = sourceReader.read(readme);
            return Optional.of(new Corpus.Readme(readme, relativePath(request.baseDirectory(), readme),
                    new MarkdownReader().read(text)));
        } catch (UnreadableSourceException e) {
            return Optional.empty();
        }
    }

    private static Reporter collector(Rule rule, CheckRequest request, List<Finding> sink) {
        Severity severity = request.rules().severity(rule).orElse(rule.descriptor().defaultSeverity());
        return (path, line, column, message, key) -> {
            synchronized (sink) {
                sink.add(new Finding(rule.id(), severity, path, line, column, message,
                        fingerprint(rule.id(), path, key)));
            }
        };
    }

    /**
     * Path of a file relative to a base directory, with {@code /} separators; the absolute path
     * when the file is outside the base directory.
     *
     * @param base the base directory
     * @param file the file
     * @return the display path
     */
    public static String relativePath(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        Path shown = f.startsWith(b) ? b.relativize(f) : f;
        return shown.toString().replace('\\', '/');
    }

    /**
     * A fingerprint that depends on rule, file and offending content, never on line numbers.
     *
     * @param ruleId rule id
     * @param path   file path
     * @param key    the rule's content key
     * @return 16 hex characters of SHA-256
     */
    public static String fingerprint(String ruleId, String path, String key) {
        MessageDigest md = SHA256.get();
        md.reset();
        md.update((ruleId + "\u0000" + path + "\u0000" + (key == null ? "" : key)).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(md.digest(), 0, 8);
    }
}
