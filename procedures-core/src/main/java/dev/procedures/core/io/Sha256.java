package dev.procedures.core.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 (FIPS 180-4) in lower-case hex, with one digest per thread: content hashes, fingerprints
 * and cache keys are computed per file and per finding, and {@link MessageDigest#getInstance}
 * costs a provider look-up each time.
 */
public final class Sha256 {

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /**
     * @param bytes any bytes
     * @return the 64 hex characters of their SHA-256
     */
    public static String hex(byte[] bytes) {
        MessageDigest md = DIGEST.get();
        md.reset();
        return HEX.formatHex(md.digest(bytes));
    }

    /**
     * @param text any text, hashed as UTF-8
     * @return the 64 hex characters of its SHA-256
     */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
