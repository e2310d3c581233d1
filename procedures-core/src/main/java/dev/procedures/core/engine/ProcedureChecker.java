package dev.procedures.core.engine;

import dev.procedures.core.cache.ResultCache;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.io.Sha256;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.Procedure;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.model.ProcedureSummary;
import dev.procedures.core.reading.ProcedureReader;
import dev.procedures.core.rules.Corpus;
import dev.procedures.core.rules.CorpusRule;
import dev.procedures.core.rules.ProcedureRule;
import dev.procedures.core.rules.Reporter;
import dev.procedures.core.rules.Rule;
import dev.procedures.core.rules.RuleRegistry;
import dev.procedures.core.rules.TextRule;
import dev.procedures.core.secrets.SecretScanner;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.source.UnreadableSourceException;
import dev.procedures.core.suppression.Suppressions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Runs every enabled rule over one procedure set: reads and parses each file once (on
 * {@link CheckRequest#threads()} worker threads), runs the per-file rules on it, keeps only a
 * {@link ProcedureSummary}, then runs the corpus rules over the summaries.
 *
 * <p>Thread-safe; one instance can serve several sets.
 */
public final class ProcedureChecker {

    private static final String TOO_DEEP = "file nests too deeply to be read (thousands of nested block "
            + "quotes, lists or brackets); flatten the nesting";

    private final List<Rule> rules;


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
        return check(request, null);
    }

    /**
     * Checks one procedure set, reusing the results of unchanged files from a cache and recording
     * this run's results in it (the cache is saved at the end).
     *
     * @param request what to check and how
     * @param cache   results of the previous run, or {@code null} for none
     * @return the findings, sorted; the cache's warnings (unreadable, not written) in
     *         {@link CheckResult#warnings()}
     * @throws ProceduresException if the directory does not exist or cannot be listed
     */
    public CheckResult check(CheckRequest request, ResultCache cache) throws ProceduresException {
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
        Map<String, Suppressions> suppressions = new HashMap<>();
        ReadAll all = readAll(files, request, reader, sourceReader, fileRules, cache);
        Map<String, String> ruleIds = new HashMap<>();
        for (FileOutcome o : all.outcomes()) {
            PackedFindings.unpack(o.findings(), o.path(), ruleIds, findings);
            o.summary().ifPresent(summaries::add);
            if (!o.suppressions().isEmpty()) {
                suppressions.put(o.path(), o.suppressions());
            }
        }
        Optional<Corpus.Readme> readme = all.readme().readme();
        all.readme().problem().ifPresent(findings::add);
        LazyRedaction readmeRedaction = new LazyRedaction(readme.map(r -> r.document().source().text()).orElse(""),
                request);
        readme.ifPresent(r -> {
            Suppressions s = Suppressions.of(r.document(), readmeRedaction);
            if (!s.isEmpty()) {
                suppressions.put(r.path(), s);
            }
        });
        Corpus corpus = new Corpus(request.directory(), summaries, readme, request.retired(), request.indexHeading(),
                relativePath(request.baseDirectory(), request.readme()));
        List<Finding> corpusFindings = new ArrayList<>();
        for (CorpusRule rule : corpusRules) {
            rule.check(corpus, request.context(), collector(rule.descriptor(), request, corpusFindings));
        }
        // corpus rules quote the README (a link target, a heading): mask its secrets as in any message
        readme.ifPresent(r -> corpusFindings.replaceAll(f -> f.path().equals(r.path()) ? redacted(f, readmeRedaction) : f));
        checkOtherMarkdown(request, files, readme, readmeRedaction, sourceReader, suppressions, corpusFindings);
        for (Finding f : corpusFindings) {
            Suppressions s = suppressions.get(f.path());
            if (s == null || !s.suppresses(f.ruleId(), f.line())) {
                findings.add(f);
            }
        }
        findings.addAll(staleSuppressions(suppressions, request));
        findings.sort(Finding.ORDER);
        List<String> warnings = List.of();
        if (cache != null) {
            cache.save();
            warnings = cache.warnings();
        }
        return new CheckResult(findings, files.size(), System.nanoTime() - start, warnings);
    }

    private List<Finding> staleSuppressions(Map<String, Suppressions> suppressions, CheckRequest request) {
        List<Finding> result = new ArrayList<>();
        Optional<Severity> severity = request.rules().severity(RuleRegistry.UNUSED_SUPPRESSION);
        if (severity.isEmpty()) {
            return result;
        }
        Set<String> enabled = new HashSet<>();
        for (Rule r : rules) {
            if (request.rules().enabled(r)) {
                enabled.add(r.id());
            }
        }
        Set<String> known = RuleRegistry.ids();
        suppressions.forEach((path, s) -> {
            for (Suppressions.Problem p : s.problems(known, enabled)) {
                String id = RuleRegistry.UNUSED_SUPPRESSION.id();
                result.add(new Finding(id, severity.get(), path, p.line(), 0, p.message(),
                        fingerprint(id, p.fingerprint())));
            }
        });
        return result;
    }

    /**
     * Reads and summarises every procedure file of a set without running any rule, for the index.
     * Files are read on {@link CheckRequest#threads()} worker threads, like {@link #check}.
     *
     * @param request which directory, README (excluded), prefixes, encoding and vocabulary
     * @return one summary per procedure file, in file name order
     * @throws ProceduresException if the directory does not exist or cannot be listed, or a procedure
     *                             file cannot be read or decoded (naming the file and line)
     */
    public List<ProcedureSummary> summarize(CheckRequest request) throws ProceduresException {
        List<Path> files = scan(request);
        ProcedureReader reader = new ProcedureReader(request.context().vocabulary());
        SourceReader sourceReader = new SourceReader(request.encoding());
        List<Callable<Object>> tasks = new ArrayList<>(files.size());
        for (Path file : files) {
            tasks.add(() -> {
                String path = relativePath(request.baseDirectory(), file);
                try {
                    SourceText source = sourceReader.read(file);
                    Procedure procedure = reader.read(file, path, source);
                    // the index shows the title and duration: never a secret they hold
                    return ProcedureSummary.of(procedure, request.context().vocabulary(),
                            scanner(request).redactor(source.text()));
                } catch (UnreadableSourceException e) {
                    return path + ":" + Math.max(1, e.line()) + ": " + e.getMessage();
                } catch (StackOverflowError e) {
                    return path + ":1: " + TOO_DEEP;
                }
            });
        }
        List<Object> read = runAll(tasks, request.threads());
        List<ProcedureSummary> summaries = new ArrayList<>();
        for (Object o : read) {
            if (o instanceof String problem) {
                // an index without this procedure would silently drop its rows: refuse instead
                throw new ProceduresException(problem + "; fix the file, then regenerate the index");
            }
            summaries.add((ProcedureSummary) o);
        }
        return summaries;
    }

    /**
     * Runs tasks on up to {@code threads} daemon worker threads and returns their results in the
     * order of {@code tasks}; one thread runs them in place.
     */
    private static <T> List<T> runAll(List<Callable<T>> tasks, int threads) throws ProceduresException {
        List<T> result = new ArrayList<>(tasks.size());
        if (threads <= 1 || tasks.size() < 2) {
            for (Callable<T> task : tasks) {
                try {
                    result.add(task.call());
                } catch (RuntimeException | ProceduresException e) {
                    throw e;
                } catch (Exception e) {
                    throw new ProceduresException("reading procedures failed: " + e, e);
                }
            }
            return result;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "procedures-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<T> future : futures) {
                result.add(future.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProceduresException("reading procedures interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new ProceduresException("reading procedures failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
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

    /**
     * What the run keeps of one file until every file is read: its findings packed
     * ({@link PackedFindings}), its summary and its suppression comments.
     */
    private record FileOutcome(String path, byte[] findings, Optional<ProcedureSummary> summary,
                               Suppressions suppressions) {
    }

    private record ReadAll(List<FileOutcome> outcomes, ReadmeRead readme) {
    }

    /**
     * The README as read once per run: its parsed document, or the file-encoding finding of a
     * README that exists but cannot be decoded.
     */
    private record ReadmeRead(Optional<Corpus.Readme> readme, Optional<Finding> problem) {
    }

    /**
     * Reads and checks every file and parses the README. The README (large for a large corpus) is
     * the first task of the pool, so it is parsed beside the files rather than after them.
     */
    private ReadAll readAll(List<Path> files, CheckRequest request, ProcedureReader reader,
                            SourceReader sourceReader, List<ProcedureRule> fileRules, ResultCache cache)
            throws ProceduresException {
        List<Callable<Object>> tasks = new ArrayList<>(files.size() + 1);
        tasks.add(() -> readReadme(request, sourceReader));
        for (Path f : files) {
            tasks.add(() -> checkFile(f, request, reader, sourceReader, fileRules, cache));
        }
        List<Object> done = runAll(tasks, request.threads());
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (Object o : done.subList(1, done.size())) {
            outcomes.add((FileOutcome) o);
        }
        return new ReadAll(outcomes, (ReadmeRead) done.get(0));
    }

    private FileOutcome checkFile(Path file, CheckRequest request, ProcedureReader reader, SourceReader sourceReader,
                                  List<ProcedureRule> fileRules, ResultCache cache) {
        String path = relativePath(request.baseDirectory(), file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            ResultCache.Entry entry = unreadable(null, file, path, request, "cannot read file: " + e.getMessage(), 0);
            return outcome(path, entry, Suppressions.none());
        }
        String hash = cache == null ? null : Sha256.hex(bytes);
        if (cache != null) {
            Optional<ResultCache.Entry> hit = cache.get(path, hash);
            if (hit.isPresent()) {
                cache.put(path, hit.get());
                return outcome(path, hit.get(), Suppressions.restore(hit.get().suppressions()));
            }
        }
        ResultCache.Entry entry;
        Suppressions suppressions;
        try {
            SourceText source = sourceReader.decode(bytes);
            Procedure procedure = reader.read(file, path, source);
            List<Finding> raw = new ArrayList<>();
            for (ProcedureRule rule : fileRules) {
                rule.check(procedure, request.context(), collector(rule.descriptor(), request, raw));
            }
            // one redactor for the messages and the summary; no-credentials has just scanned this
            // text on this thread, so building it reuses that scan
            SecretScanner.Redactor redactor = scanner(request).redactor(source.text());
            raw = redactor.isEmpty() ? raw : redacted(raw, redactor::redact);
            suppressions = Suppressions.of(procedure.document(), redactor::redact);
            entry = new ResultCache.Entry(hash, raw, Optional.of(ProcedureSummary.of(procedure,
                    request.context().vocabulary(), redactor)), suppressions.ranges());
        } catch (UnreadableSourceException e) {
            entry = unreadable(hash, file, path, request, e.getMessage(), e.line());
            suppressions = Suppressions.none();
        } catch (StackOverflowError e) {
            // thousands of nested quotes, lists or brackets exhaust the parsers' recursion: one
            // finding for this file, the others are still checked
            entry = unreadable(hash, file, path, request, TOO_DEEP, 0);
            suppressions = Suppressions.none();
        }
        if (cache != null) {
            cache.put(path, entry);
        }
        return outcome(path, entry, suppressions);
    }

    /**
     * Masks secret values in the messages of every rule: a step title or a label value quoted in a
     * message may hold a password, and no output may show one (whether or not no-credentials runs).
     */
    private static List<Finding> redacted(List<Finding> findings, UnaryOperator<String> redaction) {
        if (findings.isEmpty()) {
            return findings;
        }
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            result.add(redacted(f, redaction));
        }
        return result;
    }

    /** @return the finding with its message masked; the same instance when nothing was masked */
    private static Finding redacted(Finding f, UnaryOperator<String> redaction) {
        String message = redaction.apply(f.message());
        return message.equals(f.message()) ? f : new Finding(f.ruleId(), f.severity(), f.path(), f.line(),
                f.column(), message, f.fingerprint());
    }

    /**
     * The redactor of one text, built on first use: a README without suppression comments or
     * corpus findings is not scanned for it. Used by one thread.
     */
    private static final class LazyRedaction implements UnaryOperator<String> {
        private final String text;
        private final CheckRequest request;
        private SecretScanner.Redactor redactor;

        LazyRedaction(String text, CheckRequest request) {
            this.text = text;
            this.request = request;
        }

        @Override
        public String apply(String s) {
            if (redactor == null) {
                redactor = scanner(request).redactor(text);
            }
            return redactor.redact(s);
        }
    }

    /** The scanner with the run's placeholder values, as no-credentials uses it. */
    private static SecretScanner scanner(CheckRequest request) {
        return SecretScanner.withPlaceholders(request.context().placeholderValues());
    }

    /**
     * Runs the {@link TextRule}s on the Markdown files of the folder that are not procedures (the
     * README, the template, notes); their suppression comments apply as in a procedure.
     */
    private void checkOtherMarkdown(CheckRequest request, List<Path> procedures, Optional<Corpus.Readme> readmeRead,
                                    UnaryOperator<String> readmeRedaction, SourceReader sourceReader,
                                    Map<String, Suppressions> suppressions,
                                    List<Finding> sink)
            throws ProceduresException {
        List<Rule> textRules = rules.stream().filter(r -> r instanceof TextRule && request.rules().enabled(r))
                .toList();
        if (textRules.isEmpty()) {
            return;
        }
        Set<Path> skip = new HashSet<>();
        procedures.forEach(p -> skip.add(p.toAbsolutePath().normalize()));
        List<Path> others = new ArrayList<>();
        try (java.util.stream.Stream<Path> list = Files.list(request.directory())) {
            list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md"))
                    .filter(p -> !skip.contains(p.toAbsolutePath().normalize()))
                    .sorted()
                    .forEach(others::add);
        } catch (IOException e) {
            throw new ProceduresException("cannot list procedures directory " + request.directory() + ": "
                    + e.getMessage(), e);
        }
        Path readme = request.readme().toAbsolutePath().normalize();
        others.remove(readme);
        readmeRead.ifPresent(r -> checkText(r.path(), r.document(), readmeRedaction, textRules, request, suppressions,
                sink));
        for (Path file : others) {
            SourceText text;
            try {
                text = sourceReader.read(file);
            } catch (UnreadableSourceException e) {
                continue; // notes that are not procedures: nothing to say about their encoding
            }
            checkText(relativePath(request.baseDirectory(), file), new MarkdownReader().read(text),
                    new LazyRedaction(text.text(), request), textRules, request, suppressions, sink);
        }
        suppressions.values().removeIf(Suppressions::isEmpty);
    }

    /**
     * @param redaction masks the secrets of this document's text (one per document, shared with its
     *                  suppressions and, for the README, with the corpus findings)
     */
    private static void checkText(String path, MarkdownDocument document, UnaryOperator<String> redaction,
                                  List<Rule> textRules, CheckRequest request, Map<String, Suppressions> suppressions,
                                  List<Finding> sink) {
        String text = document.source().text();
        Suppressions s = suppressions.computeIfAbsent(path, k -> Suppressions.of(document, redaction));
        List<Finding> raw = new ArrayList<>();
        for (Rule rule : textRules) {
            ((TextRule) rule).checkText(path, text, request.context(), collector(rule.descriptor(), request, raw));
        }
        for (Finding f : redacted(raw, redaction)) {
            if (!s.suppresses(f.ruleId(), f.line())) {
                sink.add(f);
            }
        }
    }

    /** A file that cannot be read: one file-encoding finding, and a summary with the id of its name. */
    private static ResultCache.Entry unreadable(String hash, Path file, String path, CheckRequest request,
                                                String message, int line) {
        List<Finding> findings = new ArrayList<>();
        request.rules().severity(RuleRegistry.FILE_ENCODING).ifPresent(severity -> findings.add(new Finding(
                RuleRegistry.FILE_ENCODING.id(), severity, path, line, 0, message,
                fingerprint(RuleRegistry.FILE_ENCODING.id(), "unreadable"))));
        // the file still holds the id of its name: corpus rules must not call that number missing
        String name = file.getFileName().toString();
        Optional<ProcedureSummary> byName = ProcedureId.atStart(name).map(id -> new ProcedureSummary(path, name,
                Optional.of(id), Optional.empty(), 0, name, Optional.empty(), Optional.empty(), Optional.empty(),
                ""));
        return new ResultCache.Entry(hash, findings, byName, List.of());
    }

    /** Applies the file's suppression comments to its per-file findings. */
    private static FileOutcome outcome(String path, ResultCache.Entry entry, Suppressions suppressions) {
        List<Finding> findings = new ArrayList<>();
        for (Finding f : entry.findings()) {
            if (!suppressions.suppresses(f.ruleId(), f.line())) {
                findings.add(f);
            }
        }
        return new FileOutcome(path, PackedFindings.pack(findings, path), entry.summary(), suppressions);
    }

    private static ReadmeRead readReadme(CheckRequest request, SourceReader sourceReader) {
        Path readme = request.readme();
        if (!Files.isRegularFile(readme)) {
            return new ReadmeRead(Optional.empty(), Optional.empty());
        }
        String path = relativePath(request.baseDirectory(), readme);
        try {
            SourceText text = sourceReader.read(readme);
            return new ReadmeRead(Optional.of(new Corpus.Readme(readme, path, new MarkdownReader().read(text))),
                    Optional.empty());
        } catch (UnreadableSourceException e) {
            // the index rules say the README is unreadable; this names the line of the bad byte
            Optional<Finding> problem = request.rules().severity(RuleRegistry.FILE_ENCODING).map(severity ->
                    new Finding(RuleRegistry.FILE_ENCODING.id(), severity, path, e.line(), 0, e.getMessage(),
                            fingerprint(RuleRegistry.FILE_ENCODING.id(), "unreadable")));
            return new ReadmeRead(Optional.empty(), problem);
        }
    }

    private static Reporter collector(dev.procedures.core.rules.RuleDescriptor rule, CheckRequest request,
                                      List<Finding> sink) {
        Severity severity = request.rules().severity(rule).orElse(rule.defaultSeverity());
        return new Reporter() {
            @Override
            public void report(String path, int line, int column, String message, String key) {
                report(severity, path, line, column, message, key);
            }

            @Override
            public void report(Severity own, String path, int line, int column, String message, String key) {
                // the less serious of the rule's effective severity and the finding's own one
                Severity effective = own.isAtLeast(severity) ? severity : own;
                synchronized (sink) {
                    sink.add(new Finding(rule.id(), effective, path, line, column, message,
                            fingerprint(rule.id(), key)));
                }
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
     * A fingerprint that depends on the rule and the offending content, never on line numbers nor
     * on where Maven runs; baselines and SARIF pair it with the file path.
     *
     * @param ruleId rule id
     * @param key    the rule's content key
     * @return 16 hex characters of SHA-256
     */
    public static String fingerprint(String ruleId, String key) {
        return Sha256.hex(ruleId + "\u0000" + (key == null ? "" : key)).substring(0, 16);
    }
}
