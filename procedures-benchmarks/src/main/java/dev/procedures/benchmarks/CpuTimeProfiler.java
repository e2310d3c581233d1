package dev.procedures.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

/**
 * JMH profiler that reports the CPU time of the whole benchmark JVM per operation
 * ({@code cpu.ms/op}: all threads, including GC and JIT compiler threads). On a machine whose cores
 * are shared with other work the wall time of an iteration varies with the load, the CPU time much
 * less, so both are reported. Also, per operation, the time the JIT compilers spent compiling
 * ({@code jit.ms/op}, {@link java.lang.management.CompilationMXBean#getTotalCompilationTime}: elapsed
 * time summed over the compiler threads, not CPU time, so it can exceed the process CPU of a short
 * pass): near zero once the measured passes run compiled code, so it shows whether the warm-up was
 * long enough;
 * and the time of the garbage collections ({@code gc.ms/op}, wall time of the pauses and cycles
 * the collectors report).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** Name of the secondary result with the CPU time. */
    public static final String RESULT = "cpu";
    /** Name of the secondary result with the JIT compilation time. */
    public static final String JIT = "jit";
    /** Name of the secondary result with the garbage collection time. */
    public static final String GC = "gc";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final java.lang.management.CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    private long start;
    private long compileStart;
    private long gcStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
        compileStart = compiler.getTotalCompilationTime();
        gcStart = gcTime();
    }

    private static long gcTime() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long used = os.getProcessCpuTime() - start;
        long ops = Math.max(1, result.getMetadata() == null ? 1 : result.getMetadata().getMeasuredOps());
        return List.of(new ScalarResult(RESULT, used / 1e6 / ops, "ms/op", AggregationPolicy.AVG),
                new ScalarResult(JIT, (double) (compiler.getTotalCompilationTime() - compileStart) / ops, "ms/op",
                        AggregationPolicy.AVG),
                new ScalarResult(GC, (double) (gcTime() - gcStart) / ops, "ms/op", AggregationPolicy.AVG));
    }
}
