package dev.procedures.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MojoTest
class NewMojoTest {

    private static final String POM = "src/test/projects/check/pom.xml";

    @TempDir
    Path work;

    @Test
    @InjectMojo(goal = "new", pom = POM)
    void createsTheNextNumberAndListsItInTheIndex(NewMojo mojo) throws Exception {
        Path dir = ExampleFolder.copy(work);
        setVariableValueToObject(mojo, "directory", dir.toFile());
        setVariableValueToObject(mojo, "today", "2026-11-29");
        setVariableValueToObject(mojo, "title", "Escalado de réplicas de búsqueda");
        setVariableValueToObject(mojo, "criticality", "MEDIA");
        setVariableValueToObject(mojo, "type", "scaling");
        setVariableValueToObject(mojo, "frequency", "mensual");
        mojo.execute();
        Path created = dir.resolve("PROC-BACKEND-004-escalado-de-replicas-de-busqueda.md");
        List<String> lines = Files.readAllLines(created);
        assertEquals(List.of("---", "id: PROC-BACKEND-004", "tipo: procedimiento", "categoria: scaling",
                "titulo: Escalado de réplicas de búsqueda", "criticidad: MEDIA", "frecuencia: mensual"),
                lines.subList(0, 7));
        assertTrue(lines.contains("# PROC-BACKEND-004: Escalado de réplicas de búsqueda"));
        assertTrue(Files.readString(dir.resolve("README.md")).contains(
                "| [PROC-BACKEND-004](./PROC-BACKEND-004-escalado-de-replicas-de-busqueda.md) | Escalado de réplicas "
                        + "de búsqueda | Scaling | Mensual | XXmin |"));
    }

    @Test
    @InjectMojo(goal = "new", pom = POM)
    void refusesWithoutTitleAndWritesNothing(NewMojo mojo) throws Exception {
        Path dir = ExampleFolder.copy(work);
        List<Path> before = list(dir);
        setVariableValueToObject(mojo, "directory", dir.toFile());
        setVariableValueToObject(mojo, "criticality", "ALTA");
        setVariableValueToObject(mojo, "type", "rollback");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("procedures.title is required"), e.getMessage());
        assertEquals(before, list(dir));
    }

    @Test
    @InjectMojo(goal = "new", pom = POM)
    void refusesAnUnknownTypeAndWritesNothing(NewMojo mojo) throws Exception {
        Path dir = ExampleFolder.copy(work);
        List<Path> before = list(dir);
        setVariableValueToObject(mojo, "directory", dir.toFile());
        setVariableValueToObject(mojo, "title", "Algo");
        setVariableValueToObject(mojo, "criticality", "ALTA");
        setVariableValueToObject(mojo, "type", "migracion");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("procedures.type: unknown categoria 'migracion'"), e.getMessage());
        assertEquals(before, list(dir));
    }

    @Test
    @InjectMojo(goal = "new", pom = POM)
    void aReadmeWithoutIndexPlaceStopsItBeforeAnyFileIsWritten(NewMojo mojo) throws Exception {
        Path dir = ExampleFolder.copy(work);
        Files.writeString(dir.resolve("README.md"), "# Runbooks\n\nSin índice.\n");
        List<Path> before = list(dir);
        setVariableValueToObject(mojo, "directory", dir.toFile());
        setVariableValueToObject(mojo, "title", "Algo");
        setVariableValueToObject(mojo, "criticality", "ALTA");
        setVariableValueToObject(mojo, "type", "rollback");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("no place for the index"), e.getMessage());
        assertEquals(before, list(dir));
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
