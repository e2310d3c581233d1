package dev.procedures.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procedures.core.finding.Finding;
import dev.procedures.core.finding.Severity;
import dev.procedures.core.rules.RuleDescriptor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link ReportFormat#SARIF}: a SARIF 2.1.0 log (OASIS standard, errata 01) with one run, in the
 * shape GitHub code scanning documents for uploads.
 *
 * <ul>
 *   <li>{@code tool.driver}: {@code name} {@value Reports#TOOL_NAME}, {@code version}, and
 *       {@code rules}: one reporting descriptor per rule id, sorted by id, built from the
 *       {@link RuleDescriptor}s ({@code shortDescription.text} = description, {@code help.text}
 *       = help, {@code defaultConfiguration.level} from the default severity). A rule id that
 *       appears only in findings gets a descriptor with its id as description.</li>
 *   <li>Each result: {@code ruleId}, {@code ruleIndex} into that array, {@code level}
 *       ({@code error}, {@code warning}, or {@code note} for info), {@code message.text},
 *       one physical location whose {@code artifactLocation.uri} is the finding's relative path,
 *       percent-encoded as a URI reference (RFC 3986: {@code Índice.md} becomes
 *       {@code %C3%8Dndice.md}), with {@code uriBaseId} {@code %SRCROOT%};
 *       {@code region.startLine} is the line, 1 for a finding on the whole file (line 0), and
 *       {@code startColumn} is present only when the finding has a column; and
 *       {@code partialFingerprints} {@code {"procedures/v1": fingerprint}} when the finding has
 *       one, which lets GitHub follow a finding across edits that move it.</li>
 * </ul>
 */
final class SarifReportWriter implements ReportWriter {

    /** Schema location written as {@code $schema}: the OASIS 2.1.0 errata 01 schema. */
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Key of the fingerprint in {@code partialFingerprints}; bump the version if it changes. */
    static final String FINGERPRINT_KEY = "procedures/v1";
    /** Base id of every artifact URI: the root of the checked sources. */
    static final String URI_BASE_ID = "%SRCROOT%";

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        for (RuleDescriptor d : input.rules()) {
            rules.putIfAbsent(d.id(), d);
        }
        for (Finding f : input.findings()) {
            rules.putIfAbsent(f.ruleId(), null);
        }

        ObjectNode root = JsonOutput.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Reports.TOOL_NAME);
        driver.put("version", input.toolVersion());
        ArrayNode ruleArray = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Map.Entry<String, RuleDescriptor> e : rules.entrySet()) {
            ruleIndex.put(e.getKey(), ruleArray.size());
            ObjectNode rule = ruleArray.addObject();
            rule.put("id", e.getKey());
            RuleDescriptor d = e.getValue();
            String description = d == null || d.description().isBlank() ? e.getKey() : d.description();
            rule.putObject("shortDescription").put("text", description);
            if (d != null) {
                if (d.help() != null && !d.help().isBlank()) {
                    rule.putObject("help").put("text", d.help());
                }
                rule.putObject("defaultConfiguration").put("level", level(d.defaultSeverity()));
            }
        }

        ArrayNode results = run.putArray("results");
        for (Finding f : input.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.ruleId());
            result.put("ruleIndex", ruleIndex.get(f.ruleId()));
            result.put("level", level(f.severity()));
            result.putObject("message").put("text", f.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uri(f.path()));
            artifact.put("uriBaseId", URI_BASE_ID);
            ObjectNode region = physical.putObject("region");
            region.put("startLine", Math.max(f.line(), 1));
            if (f.column() > 0) {
                region.put("startColumn", f.column());
            }
            if (!f.fingerprint().isEmpty()) {
                result.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
            }
        }
        JsonOutput.write(root, out);
    }

    /** @return the SARIF level of a severity: {@code error}, {@code warning} or {@code note} */
    static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    /**
     * Percent-encodes a relative {@code /}-separated path as a URI reference (RFC 3986 section
     * 2.1): every UTF-8 byte that is not an unreserved character, a sub-delimiter, {@code @} or
     * {@code /} becomes {@code %XX}. {@code :} is encoded too, so that a first segment such as
     * {@code C:} can never read as a URI scheme.
     *
     * @param path relative path with {@code /} separators
     * @return the URI reference
     */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
