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
 * [--jvm-args "ARGS"] [--json FILE] CORPUS_DIR...}. Defaults: 5 warm-up and 5 measured single-shot
 * passes in 1 fork, threads = available processors, fork JVM arguments {@code -Xmx1g}. Five warm-up
 * passes, because {@code check} runs much more code than the parse and the JIT was still compiling
 * it in passes 3 to 5 over 10,000 procedures (0.3 to 0.8 s of compile time each, against under
 * 0.1 s from pass 6 on), while the parse settles after two; the {@code jit} column shows it. A pass over 1,000 procedures is
 * too short for five passes to reach compiled code: its ratios measure the JIT more than the code.
 * The cached check, whose pass is a sixth to a ninth of a full one, gets four times as many warm-up
 * passes. With {@code --json FILE} the
 * JMH results go to {@code FILE} and, for the cached check, {@code FILE} with {@code -cached.json}.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    /**
     * @param args see the class comment
     * @throws RunnerException if JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        int warmup = 5;
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
        Collection<RunResult> results = new ArrayList<>();
        // the three full passes, then the cached check: a pass of it is a sixth to a ninth as long,
        // so it gets four times the warm-up passes to reach compiled code too
        results.addAll(run(options(corpora, threads, warmup, measure, forks, jvmArgs, json, "(parse|check|index)"),
                "parse, check, index"));
        results.addAll(run(options(corpora, threads, warmup * 4, measure, forks, jvmArgs,
                json == null ? null : json.replaceFirst("(\\.json)?$", "-cached.json"), "cachedCheck"),
                "cachedCheck"));
        print(results, corpora);
    }

    private static ChainedOptionsBuilder options(List<String> corpora, int threads, int warmup, int measure, int forks,
                                                 String jvmArgs, String json, String methods) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(CheckBenchmark.class.getName() + "\\." + methods + "$")
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
        return options;
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options, String what) throws RunnerException {
        System.out.println(">> " + what);
        return new Runner(options.build()).run();
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
            for (String secondary : List.of(CpuTimeProfiler.RESULT, CpuTimeProfiler.JIT, CpuTimeProfiler.GC)) {
                Result<?> result = r.getSecondaryResults().get(secondary);
                if (result != null) {
                    m.put(method + "." + secondary, result);
                }
            }
        }
        System.out.println();
        System.out.println("== procedures core vs bare flexmark parse, per whole corpus: wall ms and process CPU ms"
                + " (mean ± 99.9% error); JIT compile and GC ms inside the measured passes ==");
        for (Map.Entry<String, Map<String, Result<?>>> e : byCorpus.entrySet()) {
            Map<String, Result<?>> m = e.getValue();
            System.out.println("corpus " + e.getKey() + " (" + BenchCorpus.files(Path.of(e.getKey())).size()
                    + " procedures)");
            for (String name : List.of("parse", "check", "index", "cachedCheck")) {
                Result<?> r = m.get(name);
                Result<?> cpu = m.get(name + ".cpu");
                if (r != null) {
                    System.out.printf(Locale.ROOT, "  %-11s wall %9.1f ± %7.1f ms   cpu %9.1f ± %7.1f ms"
                                    + "   (jit %6.1f ms, gc %6.1f ms)%n", name,
                            r.getScore(), error(r), cpu == null ? Double.NaN : cpu.getScore(),
                            cpu == null ? Double.NaN : error(cpu), score(m.get(name + ".jit")),
                            score(m.get(name + ".gc")));
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

    private static double score(Result<?> r) {
        return r == null ? Double.NaN : r.getScore();
    }

    private static double error(Result<?> r) {
        double err = r.getScoreError();
        return Double.isNaN(err) ? 0 : err;
    }

    private static void ratio(String label, Result<?> top, Result<?> bottom) {
        if (top != null && bottom != null && bottom.getScore() > 0) {
            System.out.printf(Locale.ROOT, "%-36s %6.2f%n", label, top.getScore() / bottom.getScore());
        }
    }
}
