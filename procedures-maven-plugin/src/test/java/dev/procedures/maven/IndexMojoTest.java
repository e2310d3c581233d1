package dev.procedures.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MojoTest
class IndexMojoTest {

    private static final String POM = "src/test/projects/check/pom.xml";

    @TempDir
    Path work;

    @Test
    @InjectMojo(goal = "index", pom = POM)
    void regeneratesTheIndexThenLeavesTheReadmeAlone(IndexMojo mojo) throws Exception {
        Path dir = ExampleFolder.copy(work);
        Path readme = dir.resolve("README.md");
        byte[] before = Files.readAllBytes(readme);
        setVariableValueToObject(mojo, "directory", dir.toFile());
        mojo.execute();
        String after = Files.readString(readme);
        assertFalse(after.equals(new String(before, java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(after.contains("#### BAJA\n| ID | Título | Tipo | Frecuencia | Duración |\n|----|--------|------|-----------|"
                + "----------|\n| [PROC-BACKEND-002](./PROC-BACKEND-002-rotacion-de-logs.md) | Rotación de logs de los "
                + "workers | Maintenance | Semanal | 10min |\n"), after);
        String head = new String(before, java.nio.charset.StandardCharsets.UTF_8);
        head = head.substring(0, head.indexOf("## Índice de Procedimientos"));
        assertTrue(after.startsWith(head), "bytes before the index section unchanged");
        assertTrue(after.endsWith("---\n\n## Revisión periódica\n\n- Procedimientos diarios/semanales: revisar cada 3 meses\n"
                + "- Procedimientos mensuales: revisar cada 6 meses\n"
                + "- Procedimientos trimestrales/on-demand: revisar cada año\n\n---\n\n"
                + "**Última actualización:** 2026-10-05\n"), "bytes after the index section unchanged");

        byte[] once = Files.readAllBytes(readme);
        FileTime stamp = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(readme, stamp);
        mojo.execute();
        assertArrayEquals(once, Files.readAllBytes(readme));
        assertEquals(stamp, Files.getLastModifiedTime(readme), "an unchanged README is not rewritten");
    }

    @Test
    @InjectMojo(goal = "index", pom = POM)
    void aReadmeWithoutIndexSectionIsAClearErrorAndNothingIsWritten(IndexMojo mojo) throws Exception {
        Path dir = ExampleFolder.copy(work);
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Runbooks\n\nSin índice.\n");
        setVariableValueToObject(mojo, "directory", dir.toFile());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("README.md"), e.getMessage());
        assertTrue(e.getMessage().contains("Índice de Procedimientos"), e.getMessage());
        assertEquals("# Runbooks\n\nSin índice.\n", Files.readString(readme));
    }
}
