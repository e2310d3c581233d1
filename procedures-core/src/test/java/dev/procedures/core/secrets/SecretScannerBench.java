package dev.procedures.core.secrets;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark, not a test: scans 1 MB lines of adversarial input (inputs built to make a
 * backtracking pattern explode: long runs of key, value and token characters, repeated keywords,
 * unclosed quotes, repeated key block headers, a megabyte of backslash continuations) and prints
 * the CPU time of each (best of three runs). Every pattern is bounded or possessive and tried only at run starts, so each
 * line should take well under a second.
 *
 * <p>Run: {@code java -cp procedures-core/target/classes:procedures-core/target/test-classes
 * dev.procedures.core.secrets.SecretScannerBench}
 */
public final class SecretScannerBench {

    private static final int SIZE = 1 << 20;

    private SecretScannerBench() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        String allKeywords = "password token secret clave contraseña pwd key sig bearer authorization :// -p -a -u --user "
                + "curl mysql redis-cli login sshpass smbclient convertto-securestring ENV env akia ghp_ github_pat_ glpat- "
                + "xoxb- hooks.slack.com discord webhook.office.com :aa eyj sk_live_ sq0atp- access_token$ aiza gocspx- "
                + "sk-proj- sk-ant- sg. npm_ hf_ dckr_pat_ shpat_ private key PRIVATE KEY ";
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("letters", allKeywords + repeat("a", SIZE));
        inputs.put("password=", repeat("password=", SIZE));
        inputs.put("a=a=", allKeywords + repeat("a=", SIZE));
        inputs.put("token:token:", repeat("token:", SIZE));
        inputs.put("password=${", repeat("password=${", SIZE));
        inputs.put("unclosed quote", allKeywords + "'password': '" + repeat("a", SIZE));
        inputs.put("quotes", allKeywords + repeat("\"", SIZE));
        inputs.put("url no @", allKeywords + "https://user:" + repeat("b", SIZE));
        inputs.put("url repeated", repeat("a://b:c", SIZE));
        inputs.put("url colons", allKeywords + "https://:" + repeat(":", SIZE));
        inputs.put("eyJ repeated", repeat("eyJ", SIZE));
        inputs.put("eyJ dots", repeat("eyJaaaaaaaaa.", SIZE));
        inputs.put("ghp_ repeated", repeat("ghp_", SIZE));
        inputs.put("AKIA run", repeat("AKIA", SIZE));
        inputs.put("digits :AA", repeat("1234567890:AA", SIZE));
        inputs.put("prose", repeat("la contraseña es ", SIZE));
        inputs.put("prose words", repeat("password a b c d ", SIZE));
        inputs.put("flags", allKeywords + repeat("--password ", SIZE));
        inputs.put("mysql -p", "mysql " + repeat("-p", SIZE));
        inputs.put("curl -u", "curl " + repeat("-u a:", SIZE));
        inputs.put("authorization", repeat("Authorization: Bearer ", SIZE));
        inputs.put("BEGIN blocks", repeat("-----BEGIN PRIVATE KEY-----", SIZE));
        inputs.put("percent", allKeywords + "https://u:" + repeat("%4", SIZE) + "@h");
        inputs.put("continuations", repeat("password=a\\\n", SIZE));
        inputs.put("spaces", allKeywords + "password" + repeat(" ", SIZE) + "=x");
        inputs.put("mixed", repeat(allKeywords, SIZE));

        SecretScanner scanner = SecretScanner.defaults();
        // warm-up so that the JIT does not dominate the first rows
        scanner.scan(repeat(allKeywords + "password=Xk29pq7Lmn\n", 200_000));
        // CPU time of this thread: on a shared machine wall time mostly measures the neighbours
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long worst = 0;
        System.out.printf("%-16s %10s %8s %9s %9s%n", "input", "chars", "matches", "cpu ms", "wall ms");
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            long best = Long.MAX_VALUE;
            long wall = 0;
            int found = 0;
            for (int run = 0; run < 3; run++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                List<SecretMatch> matches = scanner.scan(e.getValue());
                long cpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
                if (cpu < best) {
                    best = cpu;
                    wall = (System.nanoTime() - t0) / 1_000_000;
                }
                found = matches.size();
            }
            worst = Math.max(worst, best);
            System.out.printf("%-16s %10d %8d %9d %9d%n", e.getKey(), e.getValue().length(), found, best, wall);
        }
        System.out.println("worst (best of 3, CPU): " + worst + " ms");
    }

    private static String repeat(String unit, int size) {
        StringBuilder sb = new StringBuilder(size + unit.length());
        while (sb.length() < size) {
            sb.append(unit);
        }
        return sb.toString();
    }
}
