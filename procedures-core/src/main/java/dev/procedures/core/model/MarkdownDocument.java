package dev.procedures.core.model;

import dev.procedures.core.frontmatter.FrontMatter;
import dev.procedures.core.source.SourceText;

import java.util.List;
import java.util.Optional;

/**
 * Everything the rules need from one Markdown file, gathered in a single walk of the flexmark
 * syntax tree. No syntax tree is kept, so memory stays proportional to the extracted facts.
 *
 * <p>Only content outside code counts as headings, labels, links and comments: text inside fenced
 * or indented code is only in {@link #codeBlocks()} and {@link #blocks()}.
 *
 * @param source      the decoded text
 * @param frontMatter the front matter block, if the file starts with one
 * @param headings    headings in file order
 * @param blocks      leaf blocks in file order
 * @param codeBlocks  code blocks in file order
 * @param tables      tables in file order
 * @param labels      bold label lines in file order
 * @param links       links in file order
 * @param comments    HTML comments outside code, in file order
 */
public record MarkdownDocument(SourceText source, Optional<FrontMatter> frontMatter, List<Heading> headings,
                               List<Block> blocks, List<CodeBlock> codeBlocks, List<Table> tables,
                               List<Label> labels, List<Link> links, List<HtmlComment> comments) {

    public MarkdownDocument {
        headings = List.copyOf(headings);
        // in line order (the walk's document order already is; a stable sort keeps it), so range
        // look-ups below can binary-search
        blocks = blocks.stream().sorted(java.util.Comparator.comparingInt(Block::startLine)).toList();
        codeBlocks = List.copyOf(codeBlocks);
        tables = List.copyOf(tables);
        labels = labels.stream().sorted(java.util.Comparator.comparingInt(Label::line)).toList();
        links = List.copyOf(links);
        comments = List.copyOf(comments);
    }

    /**
     * The line range a heading governs: from the heading to the line before the next heading of
     * the same or a higher level (or the end of the file).
     *
     * @param heading a heading of this document
     * @return the 1-based last line of its section
     */
    public int sectionEnd(Heading heading) {
        boolean after = false;
        for (Heading h : headings) {
            if (h == heading) {
                after = true;
                continue;
            }
            if (after && h.line() > heading.line() && h.level() <= heading.level()) {
                return h.line() - 1;
            }
        }
        return source.lineCount();
    }

    /**
     * @param fromLine 1-based first line, inclusive
     * @param toLine   1-based last line, inclusive
     * @return the leaf blocks that start within the range
     */
    public List<Block> blocksIn(int fromLine, int toLine) {
        return range(blocks, Block::startLine, fromLine, toLine);
    }

    /**
     * @param fromLine 1-based first line, inclusive
     * @param toLine   1-based last line, inclusive
     * @return the labels within the range
     */
    public List<Label> labelsIn(int fromLine, int toLine) {
        return range(labels, Label::line, fromLine, toLine);
    }

    /** The elements of a line-ordered list whose line is in {@code [from, to]}, found by binary search. */
    private static <T> List<T> range(List<T> sorted, java.util.function.ToIntFunction<T> line, int from, int to) {
        return sorted.subList(lowerBound(sorted, line, from), lowerBound(sorted, line, to + 1));
    }

    private static <T> int lowerBound(List<T> sorted, java.util.function.ToIntFunction<T> line, int value) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (line.applyAsInt(sorted.get(mid)) < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
