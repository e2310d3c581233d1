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
 * less, so both are reported.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** Name of the secondary result. */
    public static final String RESULT = "cpu";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long used = os.getProcessCpuTime() - start;
        long ops = Math.max(1, result.getMetadata() == null ? 1 : result.getMetadata().getMeasuredOps());
        return List.of(new ScalarResult(RESULT, used / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
    }
}
