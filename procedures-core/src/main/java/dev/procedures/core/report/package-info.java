/**
 * Report writers of {@code check}: plain text, Checkstyle XML, SARIF 2.1.0, JSON and JUnit XML
 * files ({@link dev.procedures.core.report.Reports}), GitHub Actions annotations
 * ({@link dev.procedures.core.report.GitHubAnnotations}) and the console summary
 * ({@link dev.procedures.core.report.Summary}).
 *
 * <p>Every format shows only what a {@link dev.procedures.core.finding.Finding} holds; rules put
 * masked values in messages and hashes in fingerprints, so no report can contain a secret.
 * All outputs are UTF-8 with LF line endings, and two runs over the same findings give the same
 * bytes (except the run time in the JUnit report).
 */
package dev.procedures.core.report;
