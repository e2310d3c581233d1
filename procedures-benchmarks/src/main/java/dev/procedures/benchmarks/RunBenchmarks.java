package dev.procedures.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.results.format.ResultFormatType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link CheckBenchmark} on one or more corpora in one JMH run and prints, per corpus, the
 * three timings side by side with (b)/(a) = check/parse and (c)/(a) = index/parse; with two corpora
 * also how much each benchmark grows from the first to the last.
 *
 * <p>Usage: {@code RunBenchmarks [--warmup N] [--measure N] [--forks N] [--threads N]
 * [--jvm-args "ARGS"] [--json FILE] CORPUS_DIR...}. Defaults: 2 warm-up and 5 measured single-shot
 * passes in 1 fork, threads = available processors, fork JVM arguments {@code -Xmx1g}.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    /**
     * @param args see the class comment
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        int warmup = 2;
        int measure = 5;
        int forks = 1;
        int threads = 0;
        String jvmArgs = "-Xmx1g";
        String json = null;
        List<String> corpora = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--measure" -> measure = Integer.parseInt(args[++i]);
                case "--forks" -> forks = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--jvm-args" -> jvmArgs = args[++i];
                case "--json" -> json = args[++i];
                default -> corpora.add(Path.of(args[i]).toAbsolutePath().normalize().toString());
            }
        }
        if (corpora.isEmpty()) {
            System.err.println("usage: RunBenchmarks [--warmup N] [--measure N] [--forks N] [--threads N]"
                    + " [--jvm-args ARGS] [--json FILE] CORPUS_DIR...");
            System.exit(2);
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(CheckBenchmark.class.getName() + "\\.")
                .param("corpus", corpora.toArray(String[]::new))
                .param("threads", Integer.toString(threads))
                .warmupIterations(warmup)
                .measurementIterations(measure)
                .forks(forks)
                .addProfiler(CpuTimeProfiler.class)
                .jvmArgs(jvmArgs.isBlank() ? new String[0] : jvmArgs.trim().split("\\s+"));
        if (json != null) {
            options.resultFormat(ResultFormatType.JSON).result(json);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        print(results, corpora);
    }

    private static void print(Collection<RunResult> results, List<String> corpora) {
        Map<String, Map<String, Result<?>>> byCorpus = new LinkedHashMap<>();
        for (String c : corpora) {
            byCorpus.put(c, new LinkedHashMap<>());
        }
        for (RunResult r : results) {
            String corpus = r.getParams().getParam("corpus");
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            Map<String, Result<?>> m = byCorpus.computeIfAbsent(corpus, k -> new LinkedHashMap<>());
            m.put(method, r.getPrimaryResult());
            Result<?> cpu = r.getSecondaryResults().get(CpuTimeProfiler.RESULT);
            if (cpu != null) {
                m.put(method + ".cpu", cpu);
            }
        }
        System.out.println();
        System.out.println("== procedures core vs bare flexmark parse, per whole corpus: wall ms and process CPU ms"
                + " (mean ± 99.9% error) ==");
        for (Map.Entry<String, Map<String, Result<?>>> e : byCorpus.entrySet()) {
            Map<String, Result<?>> m = e.getValue();
            System.out.println("corpus " + e.getKey() + " (" + BenchCorpus.files(Path.of(e.getKey())).size()
                    + " procedures)");
            for (String name : List.of("parse", "check", "index", "cachedCheck")) {
                Result<?> r = m.get(name);
                Result<?> cpu = m.get(name + ".cpu");
                if (r != null) {
                    System.out.printf(Locale.ROOT, "  %-6s wall %9.1f ± %7.1f ms   cpu %9.1f ± %7.1f ms%n", name,
                            r.getScore(), error(r), cpu == null ? Double.NaN : cpu.getScore(),
                            cpu == null ? Double.NaN : error(cpu));
                }
            }
            ratio("  (b)/(a) check/parse wall", m.get("check"), m.get("parse"));
            ratio("  (c)/(a) index/parse wall", m.get("index"), m.get("parse"));
            ratio("  (b)/(a) check/parse cpu", m.get("check.cpu"), m.get("parse.cpu"));
            ratio("  (c)/(a) index/parse cpu", m.get("index.cpu"), m.get("parse.cpu"));
            ratio("  (d)/(b) cached check/check wall", m.get("cachedCheck"), m.get("check"));
            ratio("  (d)/(b) cached check/check cpu", m.get("cachedCheck.cpu"), m.get("check.cpu"));
        }
        if (byCorpus.size() >= 2) {
            List<Map<String, Result<?>>> all = new ArrayList<>(byCorpus.values());
            Map<String, Result<?>> first = all.get(0);
            Map<String, Result<?>> last = all.get(all.size() - 1);
            System.out.println("growth from first to last corpus:");
            for (String name : List.of("parse", "check", "index")) {
                ratio("  " + name + " wall", last.get(name), first.get(name));
                ratio("  " + name + " cpu", last.get(name + ".cpu"), first.get(name + ".cpu"));
            }
        }
    }

    private static double error(Result<?> r) {
        double err = r.getScoreError();
        return Double.isNaN(err) ? 0 : err;
    }

    private static void ratio(String label, Result<?> top, Result<?> bottom) {
        if (top != null && bottom != null && bottom.getScore() > 0) {
            System.out.printf(Locale.ROOT, "%-30s %6.2f%n", label, top.getScore() / bottom.getScore());
        }
    }
}
