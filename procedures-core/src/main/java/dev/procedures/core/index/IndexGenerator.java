package dev.procedures.core.index;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.ProcedureChecker;
import dev.procedures.core.engine.ProceduresException;
import dev.procedures.core.io.AtomicFiles;
import dev.procedures.core.markdown.MarkdownReader;
import dev.procedures.core.model.MarkdownDocument;
import dev.procedures.core.model.ProcedureSummary;
import dev.procedures.core.rules.Corpus;
import dev.procedures.core.source.SourceReader;
import dev.procedures.core.source.SourceText;
import dev.procedures.core.source.UnreadableSourceException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Regenerates the index of a README (SPEC section 4, goal {@code index}) and tells whether it is
 * stale (rule {@code index-up-to-date}).
 *
 * <p>The region to replace is found as {@code IndexLocator} describes: between the
 * {@code <!-- procedures-index:start -->} / {@code <!-- procedures-index:end -->} markers, else
 * the body of the section headed {@link CheckRequest#indexHeading()}. The content comes from
 * {@link IndexRenderer}, written with the README's own line separator (CRLF when most of its line
 * endings are CRLF).
 *
 * <p>Every byte outside the region is kept as it was (BOM, line endings, final newline or its
 * absence): the new file is the original bytes before the region, the encoded new region, and the
 * original bytes after it. An up-to-date README is not written at all. Writes go to a temporary
 * file in the README's directory that is then moved over the README atomically (or, where the file
 * system cannot move atomically, replacing it), so an interrupted run never leaves a half-written
 * README.
 *
 * <p>Thread-safe; one instance can serve several README files, but two runs must not write the same
 * README at the same time.
 */
public final class IndexGenerator {

    private final ProcedureChecker checker;
    private final IndexRenderer renderer = new IndexRenderer();

    /** A generator that reads procedures with a {@link ProcedureChecker} without rules. */
    public IndexGenerator() {
        this(new ProcedureChecker(List.of()));
    }

    /** @param checker reads and summarises the procedure files */
    public IndexGenerator(ProcedureChecker checker) {
        this.checker = checker;
    }

    /**
     * Computes the new index without writing anything.
     *
     * @param request the procedures directory, README, encoding, index heading and vocabulary
     * @return the plan: current and new region text, line of the region start, whether it is stale
     * @throws ProceduresException naming the README (and line where there is one) when the README
     *                             is missing or not valid in the encoding, has neither markers nor
     *                             index section, or has broken markers; or when the procedures
     *                             directory cannot be listed
     */
    public IndexPlan plan(CheckRequest request) throws ProceduresException {
        return prepare(request).plan;
    }

    /**
     * Rewrites the README index in place when it is stale; leaves the file untouched otherwise.
     *
     * @param request the procedures directory, README, encoding, index heading and vocabulary
     * @return the README, whether it was written, and how many procedures the index lists
     * @throws ProceduresException as {@link #plan(CheckRequest)}, when the new index cannot be
     *                             encoded in the request encoding, or when the README cannot be
     *                             written (then the README is unchanged)
     */
    public IndexResult index(CheckRequest request) throws ProceduresException {
        Prepared p = prepare(request);
        IndexPlan plan = p.plan;
        if (!plan.stale()) {
            return new IndexResult(plan.readme(), false, plan.procedures());
        }
        byte[] updated = splice(p.bytes, p.source, plan, request.encoding());
        if (Arrays.equals(updated, p.bytes)) {
            return new IndexResult(plan.readme(), false, plan.procedures());
        }
        try {
            AtomicFiles.write(plan.readme(), updated);
        } catch (IOException e) {
            throw new ProceduresException(plan.path() + ": cannot write the README: " + e.getMessage()
                    + "; the file was left unchanged", e);
        }
        return new IndexResult(plan.readme(), true, plan.procedures());
    }

    /**
     * Computes the index of an already-read procedure set, without file access (used by the
     * {@code index-up-to-date} rule).
     *
     * @param corpus the summaries, the parsed README and the index heading
     * @return the plan
     * @throws IndexLayoutException when the README is missing or unreadable (line 0), has neither
     *                              markers nor index section, or has broken markers
     */
    public IndexPlan plan(Corpus corpus) throws IndexLayoutException {
        Optional<Corpus.Readme> readme = corpus.readme();
        if (readme.isEmpty()) {
            throw new IndexLayoutException("README not found or not readable; create it with a section '"
                    + corpus.indexHeading() + "' (or the markers <!-- " + IndexLocator.START + " --> / <!-- "
                    + IndexLocator.END + " -->)", 0);
        }
        Corpus.Readme r = readme.get();
        MarkdownDocument doc = r.document();
        String eol = lineSeparator(doc.source().text());
        IndexLocator.Region region = IndexLocator.locate(doc, corpus.indexHeading(), eol);
        return build(r.file(), r.path(), doc, region, corpus.directory(), corpus.procedures(), eol);
    }

    private record Prepared(byte[] bytes, SourceText source, IndexPlan plan) {
    }

    private Prepared prepare(CheckRequest request) throws ProceduresException {
        Path readme = request.readme();
        String path = ProcedureChecker.relativePath(request.baseDirectory(), readme);
        if (!Files.isRegularFile(readme)) {
            throw new ProceduresException(path + ": README not found; create it with a section '"
                    + request.indexHeading() + "' (or the markers <!-- " + IndexLocator.START + " --> / <!-- "
                    + IndexLocator.END + " -->), or set procedures.readme to the README that holds the index");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(readme);
        } catch (IOException e) {
            throw new ProceduresException(path + ": cannot read the README: " + e.getMessage(), e);
        }
        SourceText source;
        try {
            source = new SourceReader(request.encoding()).decode(bytes);
        } catch (UnreadableSourceException e) {
            throw new ProceduresException(path + ":" + e.line() + ": " + e.getMessage(), e);
        }
        MarkdownDocument doc = new MarkdownReader().read(source);
        String eol = lineSeparator(source.text());
        IndexLocator.Region region;
        try {
            region = IndexLocator.locate(doc, request.indexHeading(), eol);
        } catch (IndexLayoutException e) {
            throw new ProceduresException((e.line() > 0 ? path + ":" + e.line() : path) + ": " + e.getMessage()
                    + "; nothing was written", e);
        }
        List<ProcedureSummary> summaries = checker.summarize(request);
        return new Prepared(bytes, source, build(readme, path, doc, region, request.directory(), summaries, eol));
    }

    private IndexPlan build(Path readme, String path, MarkdownDocument doc, IndexLocator.Region region,
                            Path directory, List<ProcedureSummary> procedures, String eol) {
        String text = doc.source().text();
        String body = renderer.render(procedures, linkPrefix(readme, directory), region.level(), eol);
        String newText = region.prefix() + body + region.suffix();
        int listed = (int) procedures.stream().filter(s -> s.id().isPresent()).count();
        return new IndexPlan(readme, path, doc.source().lineAt(region.start()), region.start(), region.end(),
                text.substring(region.start(), region.end()), newText, listed, region.markers());
    }

    /**
     * The line separator of a text: {@code \r\n} when most of its line endings are CRLF, else
     * {@code \n} (also for a text without line endings).
     *
     * @param text a decoded text
     * @return {@code \r\n} or {@code \n}
     */
    public static String lineSeparator(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /** {@code ./} when the procedures are beside the README, else their relative folder. */
    private static String linkPrefix(Path readme, Path directory) {
        Path from = readme.toAbsolutePath().normalize().getParent();
        Path to = directory.toAbsolutePath().normalize();
        if (from == null || from.equals(to)) {
            return "./";
        }
        String rel;
        try {
            rel = from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return to.toUri().toString() + "/";
        }
        StringBuilder b = new StringBuilder();
        for (String segment : rel.split("/")) {
            b.append(IndexRenderer.encodeFileName(segment)).append('/');
        }
        return rel.startsWith("..") ? b.toString() : "./" + b;
    }

    private static byte[] splice(byte[] original, SourceText source, IndexPlan plan, Charset charset)
            throws ProceduresException {
        String text = source.text();
        byte[] bom = source.hasBom() ? encode(charset, "\uFEFF", plan) : new byte[0];
        byte[] head = encode(charset, text.substring(0, plan.startOffset()), plan);
        byte[] tail = encode(charset, text.substring(plan.endOffset()), plan);
        int headEnd = bom.length + head.length;
        int tailStart = original.length - tail.length;
        if (tailStart < headEnd
                || !Arrays.equals(original, 0, bom.length, bom, 0, bom.length)
                || !Arrays.equals(original, bom.length, headEnd, head, 0, head.length)
                || !Arrays.equals(original, tailStart, original.length, tail, 0, tail.length)) {
            throw new ProceduresException(plan.path() + ": cannot rewrite the index without changing bytes outside it ("
                    + charset.name() + " does not map this file's bytes one to one); nothing was written");
        }
        byte[] region = encode(charset, plan.newText(), plan);
        byte[] out = new byte[headEnd + region.length + tail.length];
        System.arraycopy(original, 0, out, 0, headEnd);
        System.arraycopy(region, 0, out, headEnd, region.length);
        System.arraycopy(original, tailStart, out, headEnd + region.length, tail.length);
        return out;
    }

    private static byte[] encode(Charset charset, String text, IndexPlan plan) throws ProceduresException {
        try {
            ByteBuffer buffer = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new ProceduresException(plan.path() + ": the index contains characters that " + charset.name()
                    + " cannot encode (a title or duration); set the encoding to UTF-8 or change the text; "
                    + "nothing was written", e);
        }
    }
}
