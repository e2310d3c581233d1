package dev.procedures.core.fork;

import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProceduresException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a check in a separate JVM ({@link ForkMain}) and returns its results as if it had run in
 * this one.
 *
 * <p>Why: a check is short and runs once per build, in a JVM whose compilers are cold. On a small
 * machine the optimising compiler then takes more CPU than the check itself (about 3.8 s of 7 s
 * on 1,000 procedures and 2 cores); a JVM started with the client compiler only
 * ({@code -XX:TieredStopAtLevel=1}) checks the same files in about half the time, start-up
 * included. The options of that JVM are the caller's.
 *
 * <p>The request goes to the JVM's standard input as JSON; the response comes back as a JSON file
 * in a temporary folder that is deleted afterwards. It holds only findings, which never contain a
 * secret in clear text.
 */
public final class ForkedChecker {

    private final Path java;
    private final List<Path> classpath;
    private final List<String> jvmArgs;

    /**
     * @param java      the {@code java} launcher to start
     * @param classpath jars and folders holding this library and its dependencies
     * @param jvmArgs   options of the forked JVM, for example {@code -XX:TieredStopAtLevel=1}
     */
    public ForkedChecker(Path java, List<Path> classpath, List<String> jvmArgs) {
        this.java = Objects.requireNonNull(java, "java");
        this.classpath = List.copyOf(classpath);
        this.jvmArgs = List.copyOf(jvmArgs);
    }

    /**
     * @return the launcher of the running JVM ({@code java.home/bin/java})
     */
    public static Path currentJava() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /**
     * Checks every job of the request in one forked JVM and waits for it.
     *
     * @param request the team settings and the procedure sets
     * @return one result per job, in order
     * @throws ProceduresException with the forked check's own message on a configuration or input
     *                             error (the same as in this JVM), or naming the exit code, the
     *                             first lines of its output and its options when the JVM could not run
     */
    public List<CheckResult> check(ForkRequest request) throws ProceduresException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("procedures-fork");
            Path responseFile = folder.resolve("response.json");
            Path output = folder.resolve("output.txt");
            int exit = run(request, responseFile, output);
            if (exit != 0 || !Files.isRegularFile(responseFile)) {
                throw new ProceduresException("the forked check JVM (" + java + ") stopped with exit code " + exit
                        + firstLines(output) + "; set procedures.fork=false to check inside Maven's JVM");
            }
            ForkResponse response;
            try (InputStream in = Files.newInputStream(responseFile)) {
                response = ForkJson.readResponse(in);
            }
            if (response.error() != null) {
                throw new ProceduresException(response.error());
            }
            List<CheckResult> results = response.results();
            if (results.size() != request.jobs().size()) {
                throw new ProceduresException("the forked check JVM answered " + results.size() + " results for "
                        + request.jobs().size() + " procedure sets");
            }
            return results;
        } catch (IOException e) {
            throw new ProceduresException("cannot run the forked check JVM (" + java + "): " + e.getMessage()
                    + "; set procedures.fork=false to check inside Maven's JVM", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * Starts the JVM, writes the request to its standard input while it starts, and waits.
     */
    private int run(ForkRequest request, Path responseFile, Path output) throws IOException, ProceduresException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(ForkMain.class.getName());
        command.add(responseFile.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        // a cancelled build (Ctrl-C, a CI timeout) must not leave the JVM running or its folder behind
        Thread stop = new Thread(() -> {
            try {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteQuietly(responseFile.getParent());
        }, "procedures-fork-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            try (OutputStream in = process.getOutputStream()) {
                ForkJson.writeRequest(request, in);
            } catch (IOException e) {
                // the JVM stopped before reading its request (a bad option): its exit code and output say why
            }
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ProceduresException("interrupted while waiting for the forked check JVM", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs
            }
        }
    }

    /**
     * What the JVM printed (its own errors, never a stack trace: the check's errors travel in the
     * response), at most three lines, and the options it was started with.
     */
    private String firstLines(Path output) {
        String options = " (options: " + (jvmArgs.isEmpty() ? "none" : String.join(" ", jvmArgs)) + ")";
        try (Stream<String> lines = Files.lines(output, Charset.defaultCharset())) {
            List<String> first = lines.filter(l -> !l.isBlank()).map(String::strip).limit(3).toList();
            return (first.isEmpty() ? "" : ": " + String.join(" | ", first)) + options;
        } catch (IOException | RuntimeException e) {
            return options;
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
