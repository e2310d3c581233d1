package dev.procedures.core.fork;

import dev.procedures.core.cache.ResultCache;
import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.CheckResult;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.model.ProcedureId;
import dev.procedures.core.rules.RuleContext;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One procedure set to check in a forked JVM: the plain values of a {@link CheckRequest} (the
 * rule context and settings travel once, as {@link dev.procedures.core.config.TeamSettings}) and
 * the result cache to use.
 *
 * @param baseDirectory absolute path findings are relative to
 * @param directory     absolute path of the procedures directory
 * @param readme        absolute path of the README
 * @param encoding      canonical name of the files' character set
 * @param prefixes      id prefixes of procedure files, empty for those present
 * @param retired       retired ids, as written ({@code PROC-BACKEND-003})
 * @param indexHeading  heading of the index section
 * @param threads       worker threads
 * @param cacheFile     absolute path of the result cache, or {@code null} for no cache
 * @param cacheKey      the cache's configuration key, or {@code null} for no cache
 */
public record CheckJob(String baseDirectory, String directory, String readme, String encoding, List<String> prefixes,
                       List<String> retired, String indexHeading, int threads, String cacheFile, String cacheKey) {

    public CheckJob {
        prefixes = List.copyOf(prefixes);
        retired = List.copyOf(retired);
    }

    /**
     * @param request   the request to send
     * @param cacheFile the result cache, or {@code null} for none
     * @param cacheKey  its key ({@link CheckRequest#configurationKey}), or {@code null} for none
     * @return the job that {@link #request} turns back into an equal request
     */
    public static CheckJob of(CheckRequest request, Path cacheFile, String cacheKey) {
        return new CheckJob(request.baseDirectory().toString(), request.directory().toString(),
                request.readme().toString(), request.encoding().name(), List.copyOf(request.prefixes()),
                request.retired().stream().map(ProcedureId::toString).toList(), request.indexHeading(),
                request.threads(), cacheFile == null ? null : cacheFile.toString(), cacheKey);
    }

    /**
     * @param context the rule context
     * @param rules   the rule settings
     * @return the request this job stands for
     * @throws IllegalArgumentException if a retired id or the encoding is invalid (the sender
     *                                  validated both, so this means a damaged job)
     */
    public CheckRequest request(RuleContext context, RuleSettings rules) {
        Set<ProcedureId> ids = new LinkedHashSet<>();
        for (String id : retired) {
            ids.add(ProcedureId.parse(id).orElseThrow(() -> new IllegalArgumentException("retired id " + id)));
        }
        return new CheckRequest(Path.of(baseDirectory), Path.of(directory), Path.of(readme), Charset.forName(encoding),
                new LinkedHashSet<>(prefixes), ids, indexHeading, context, rules, threads);
    }

    /**
     * Checks a request with this job's result cache (none when {@link #cacheFile} or
     * {@link #cacheKey} is {@code null}): the one way a job is run, in the build tool's JVM or in a
     * forked one.
     *
     * @param request the request this job stands for (see {@link #request})
     * @return the result, the cache's warnings included
     * @throws ProceduresException as {@link ProcedureChecker#check(CheckRequest, ResultCache)}
     */
    public CheckResult check(CheckRequest request) throws ProceduresException {
        ResultCache cache = cacheFile == null || cacheKey == null ? null : ResultCache.open(Path.of(cacheFile), cacheKey);
        return new ProcedureChecker().check(request, cache);
    }
}
