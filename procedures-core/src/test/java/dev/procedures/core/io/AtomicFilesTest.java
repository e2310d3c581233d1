package dev.procedures.core.io;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesOnlyWhenTheBytesChangeAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("report.txt");
        assertTrue(AtomicFiles.writeIfChanged(file, "a\n".getBytes(StandardCharsets.UTF_8)));
        FileTime stamp = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(file, stamp);
        assertFalse(AtomicFiles.writeIfChanged(file, "a\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(stamp, Files.getLastModifiedTime(file));
        assertTrue(AtomicFiles.writeIfChanged(file, "b\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("b\n", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void newFilesAreReadableByAllAndReplacedFilesKeepTheirPermissions() throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
                "no POSIX permissions on this file system, skipping");
        Path created = dir.resolve("new.json");
        AtomicFiles.writeIfChanged(created, new byte[] {'1'});
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
        Path kept = dir.resolve("README.md");
        Files.writeString(kept, "x");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeIfChanged(kept, new byte[] {'y'});
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    }
}
