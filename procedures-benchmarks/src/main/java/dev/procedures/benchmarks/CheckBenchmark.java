package dev.procedures.benchmarks;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.procedures.core.cache.ResultCache;
import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.index.IndexGenerator;
import dev.procedures.core.index.IndexPlan;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cost of the core against its floor, the flexmark parse, on one generated corpus.
 *
 * <ul>
 *   <li>{@link #parse()}: (a) read, decode and parse every procedure file with a bare flexmark
 *       parser with the extensions of {@code MarkdownReader} (YAML front matter + tables) and
 *       flexmark's own parsers: a complete parse, inline content included (the reader itself
 *       parses inline content only where a link or comment can be), on
 *       {@link #threads} threads; the tree is dropped. Nothing else.</li>
 *   <li>{@link #check()}: (b) {@code new ProcedureChecker().check(request)} with every rule of
 *       {@code RuleRegistry}, on the same number of threads.</li>
 *   <li>{@link #index()}: (c) {@code IndexGenerator.plan(request)}: read every file, summarise it,
 *       render the index and compare it with the README (what {@code procedures:index} does before
 *       it writes).</li>
 *   <li>{@link #cachedCheck()}: (d) the same check as (b) on an unchanged tree, with the result
 *       cache filled by a run during set-up (the second {@code check} of a CI job or a laptop).</li>
 * </ul>
 *
 * <p>The corpus directory comes from the parameter {@code corpus} ({@code -p corpus=DIR[,DIR]}),
 * written by {@code shared/corpus/gen_corpus.py}; {@code bench/run-bench.sh} generates it and runs
 * this class through {@link RunBenchmarks}, which prints (b)/(a), (c)/(a) and (d)/(b). Single-shot wall time
 * per operation (one operation = the whole corpus), in milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {

    /** Corpus directory; no default, the runner always passes it. */
    @Param({""})
    public String corpus;

    /** Worker threads; 0 means {@link Runtime#availableProcessors()}. */
    @Param({"0"})
    public int threads;

    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private List<Path> files;
    private CheckRequest request;
    private Path cacheFile;
    private String cacheKey;
    private ExecutorService pool;
    private int workers;

    /** Lists the files once; the executor of (a) lives across iterations like a warm JVM's would. */
    @Setup(Level.Trial)
    public void setUp() {
        if (corpus == null || corpus.isBlank()) {
            throw new IllegalStateException("pass the corpus directory: -p corpus=DIR");
        }
        Path dir = Path.of(corpus);
        workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        files = BenchCorpus.files(dir);
        request = BenchCorpus.request(dir, workers);
        try {
            cacheFile = Files.createTempFile("procedures-bench-cache", ".smile");
            Files.delete(cacheFile);
            cacheKey = request.configurationKey("bench");
            new ProcedureChecker().check(request, ResultCache.open(cacheFile, cacheKey));
        } catch (IOException | ProceduresException e) {
            throw new IllegalStateException("cannot fill the result cache: " + e.getMessage(), e);
        }
        pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "bench-parse");
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the parse workers. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.shutdownNow();
        Files.deleteIfExists(cacheFile);
    }

    /**
     * (a) The floor: read and parse every file, nothing else.
     *
     * @return the number of top-level blocks, so that the JIT cannot drop the parse
     * @throws Exception if a file cannot be read
     */
    @Benchmark
    public int parse() throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<Integer>> parts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            parts.add(pool.submit(() -> {
                int blocks = 0;
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    Document doc = PARSER.parse(read(files.get(i)));
                    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
                        blocks++;
                    }
                }
                return blocks;
            }));
        }
        int total = 0;
        for (Future<Integer> part : parts) {
            total += part.get();
        }
        return total;
    }

    /**
     * (b) The whole check with every registered rule.
     *
     * @return the result (JMH consumes it)
     * @throws ProceduresException if the corpus cannot be listed
     */
    @Benchmark
    public CheckResult check() throws ProceduresException {
        return new ProcedureChecker().check(request);
    }

    /**
     * (c) The index: everything {@code procedures:index} does but the write.
     *
     * @return the plan (JMH consumes it)
     * @throws ProceduresException if the corpus or the README cannot be read
     */
    @Benchmark
    public IndexPlan index() throws ProceduresException {
        return new IndexGenerator().plan(request);
    }

    /**
     * (d) A check of an unchanged tree with the result cache of a previous run.
     *
     * @return the result (JMH consumes it)
     * @throws ProceduresException if the corpus cannot be listed
     */
    @Benchmark
    public CheckResult cachedCheck() throws ProceduresException {
        return new ProcedureChecker().check(request, ResultCache.open(cacheFile, cacheKey));
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
