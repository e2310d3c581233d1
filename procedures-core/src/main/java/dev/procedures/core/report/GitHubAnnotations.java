package dev.procedures.core.report;

import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GitHub Actions workflow commands that turn findings into annotations on the pull request
 * ("Workflow commands for GitHub Actions", commands {@code error}, {@code warning},
 * {@code notice}):
 *
 * <pre>{@code ::error file=docs/OPS-001-restart.md,line=3,col=5,title=id-format::The id ...}</pre>
 *
 * <p>Print the lines on standard output of a step (for example when the {@code GITHUB_ACTIONS}
 * environment variable is {@code true}). GitHub shows only a limited number of annotations per
 * step, so errors come first, then warnings, then notices, each group in path/line order.
 */
public final class GitHubAnnotations {

    private GitHubAnnotations() {
    }

    /**
     * Builds one workflow command per finding.
     *
     * <p>{@code error} for errors, {@code warning} for warnings, {@code notice} for infos;
     * {@code file} is the relative path, {@code line} is left out for a finding on the whole
     * file (line 0), {@code col} is left out when the finding has no column, {@code title} is
     * the rule id. Values are escaped as the GitHub runner unescapes them: see
     * {@link #escapeData(String)} and {@link #escapeProperty(String)}.
     *
     * @param findings the findings, in any order
     * @return the command lines, without line terminators, errors first
     */
    public static List<String> lines(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER));
        List<String> lines = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            StringBuilder sb = new StringBuilder("::").append(command(f.severity()))
                    .append(" file=").append(escapeProperty(f.path()));
            if (f.line() > 0) {
                sb.append(",line=").append(f.line());
                if (f.column() > 0) {
                    sb.append(",col=").append(f.column());
                }
            }
            sb.append(",title=").append(escapeProperty(f.ruleId()))
                    .append("::").append(escapeData(f.message()));
            lines.add(sb.toString());
        }
        return lines;
    }

    /**
     * @param severity a severity
     * @return the workflow command: {@code error}, {@code warning} or {@code notice}
     */
    public static String command(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "notice";
        }
    }

    /**
     * Escapes the message part of a workflow command, as the runner's {@code escapeData} does:
     * {@code %} → {@code %25}, CR → {@code %0D}, LF → {@code %0A}.
     *
     * @param text any text
     * @return the escaped text, on one line
     */
    public static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * Escapes a property value of a workflow command, as the runner's {@code escapeProperty}
     * does: as {@link #escapeData(String)}, plus {@code :} → {@code %3A} and {@code ,} →
     * {@code %2C}.
     *
     * @param text any text
     * @return the escaped text
     */
    public static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
