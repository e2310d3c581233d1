package dev.procedures.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes files so that a crash never leaves a half-written file: the bytes go to a temporary file
 * in the same directory, which is then moved over the target (atomically where the file system
 * can). A file whose content would not change is not written at all.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * A temporary file is created readable by its owner only; the file it replaces keeps its own
     * permissions, and a new file gets the usual {@code rw-r--r--}.
     */
    private static void keepOrOpenPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /**
     * Writes bytes to a file unless it already holds exactly those bytes.
     *
     * @param target the file to write
     * @param bytes  the complete new content
     * @return {@code true} when the file was written, {@code false} when it was already up to date
     * @throws IOException if the file cannot be read or written; the target is then unchanged
     */
    public static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        write(target, bytes);
        return true;
    }

    /**
     * Replaces a file's content atomically: the bytes go to a temporary file in the same folder,
     * forced to disk, which then moves over the target ({@code ATOMIC_MOVE}, or
     * {@code REPLACE_EXISTING} where the file system cannot move atomically). A symbolic link is
     * followed, not replaced; missing folders are created.
     *
     * @param target the file to write
     * @param bytes  the complete new content
     * @throws IOException if writing or moving fails; the target is then unchanged and the
     *                     temporary file removed
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path dir = real.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".tmp");
        try {
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepOrOpenPermissions(real, temp);
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
