package dev.procedures.core.rules;

import dev.procedures.core.engine.CheckRequest;
import dev.procedures.core.engine.RuleSettings;
import dev.procedures.core.testing.SharedData;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/** Helpers of the rule tests that run over a folder of {@code src/test/resources}. */
final class RuleTestSupport {

    private RuleTestSupport() {
    }

    /** Copies {@code src/test/resources/<name>} into {@code target}. */
    static Path resource(String name, Path target) {
        URL url = RuleTestSupport.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource /" + name + " missing");
        }
        try {
            return SharedData.copyFiles(Path.of(url.toURI()), target);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request over {@code dir} with {@code README.md}, UTF-8, the default index heading, 1 thread. */
    static CheckRequest request(Path dir) {
        return new CheckRequest(dir, dir, dir.resolve("README.md"), StandardCharsets.UTF_8, Set.of(), Set.of(), null,
                RuleContext.defaults(LocalDate.of(2025, 12, 1)), RuleSettings.defaults(), 1);
    }
}
