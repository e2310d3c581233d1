package dev.procedures.core.secrets;

import dev.procedures.core.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a name (environment variable, YAML/JSON/INI key, command-line flag, header)
 * names a secret, in English and Spanish: {@code DB_PASSWORD}, {@code PGPASSWORD},
 * {@code clientSecret}, {@code x-api-key}, {@code AccountKey}, {@code contraseña},
 * {@code clave_api}. Names whose last word says the value is something else are not secret names:
 * {@code PASSWORD_FILE}, {@code token_url}, {@code secretName}, {@code AWS_ACCESS_KEY_ID}.
 *
 * <p>The name is split into words at non-alphanumeric characters and lower-to-upper case changes,
 * accents folded, lower-cased. Stateless and thread-safe.
 */
public final class SecretKeys {

    /** Words that make a name secret wherever they appear in it. */
    static final Set<String> SECRET_WORDS = Set.of(
            "password", "passwords", "passwd", "passphrase", "pwd", "pass", "secret", "secrets", "token", "tokens",
            "apikey", "apikeys", "accesskey", "secretkey", "privatekey", "accountkey", "credential", "credentials",
            "credencial", "credenciales", "contrasena", "contrasenas", "clave", "claves", "secreto", "secretos",
            "sig", "authtoken", "bearer");

    /** Suffixes that make a longer word secret ({@code pgpassword}, {@code dbpass}, {@code xtoken}). */
    private static final List<String> SECRET_SUFFIXES = List.of(
            "password", "passwd", "secret", "token", "apikey", "accesskey", "secretkey", "privatekey", "contrasena");

    /** Words that end in "pass" but are not passwords. */
    private static final Set<String> NOT_PASS = Set.of("bypass", "compass", "surpass", "overpass", "underpass",
            "trespass", "impass", "encompass");

    /** {@code <qualifier> key} names a secret: {@code api key}, {@code signing_key}, {@code AccountKey}. */
    private static final Set<String> KEY_QUALIFIERS = Set.of(
            "api", "access", "secret", "private", "account", "encryption", "signing", "master", "auth", "client",
            "app", "shared", "storage", "subscription", "license", "licence", "webhook", "hmac", "session", "jwt",
            "service", "admin", "root", "deploy", "llave", "x");

    /** Words before "clave" that keep it a password ("usuario_clave", "bd_clave"). */
    private static final Set<String> CLAVE_QUALIFIERS = Set.of("acceso", "usuario", "user", "bd", "db", "ssh",
            "servicio", "cuenta", "wifi", "red", "sftp", "ftp", "smtp", "correo");

    /** A last word that says the value is not the secret but something about it. */
    private static final Set<String> NOT_SECRET_LAST = Set.of(
            "file", "files", "path", "dir", "directory", "url", "uri", "endpoint", "host", "name", "names", "length",
            "len", "ttl", "expiry", "expires", "expiration", "expire", "timeout", "policy", "type", "format", "min",
            "max", "count", "header", "id", "ids", "ref", "arn", "hash", "hashed", "hint", "prompt", "reset",
            "enabled", "enable", "disabled", "required", "stdin", "command", "cmd", "helper", "rotation", "version",
            "store", "source", "location", "size", "label", "field", "env", "var", "mode", "algorithm", "alg",
            "audience", "issuer", "lifetime", "validity", "age", "days", "seconds", "secs", "minutes", "hours",
            "manager", "provider", "key_ref", "keyref", "selector", "mount", "volume", "sha", "md5",
            "checksum", "generator", "strength", "complexity", "regex", "pattern", "rules", "scope", "scopes",
            "usuario", "user", "username", "login", "ruta", "archivo", "fichero", "nombre");

    private SecretKeys() {
    }

    /**
     * @param name a key, variable, flag or header name as written (quotes, leading dashes and
     *             markup allowed)
     * @return whether its value is a secret
     */
    public static boolean isSecretName(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (words.size() > 1 && NOT_SECRET_LAST.contains(last)) {
            return false;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("existing") && words.get(i + 1).startsWith("secret")) {
                return false; // Helm's existingSecret names a Kubernetes Secret, not a value
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("clave") || w.equals("claves")) {
                // Spanish "clave" is also an adjective ("conceptos clave", "métricas_clave",
                // "palabras_clave"): a password only as the first word or after a qualifier
                // ("clave_api", "api_clave", "usuario_clave"), never a public key
                boolean first = i == 0 || KEY_QUALIFIERS.contains(words.get(i - 1))
                        || CLAVE_QUALIFIERS.contains(words.get(i - 1));
                boolean isPublic = i + 1 < words.size() && words.get(i + 1).startsWith("publica");
                if (first && !isPublic) {
                    return true;
                }
                continue;
            }
            if (SECRET_WORDS.contains(w)) {
                return true;
            }
            if (w.equals("key") && i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1))) {
                return true;
            }
            if (w.length() > 4 && w.endsWith("pass") && w.length() <= 10 && !NOT_PASS.contains(w)) {
                return true;
            }
            for (String suffix : SECRET_SUFFIXES) {
                if (w.length() > suffix.length() && w.endsWith(suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Splits a name into folded words.
     *
     * @param name any name
     * @return lower-case words without accents, for example {@code [db, password]} for
     *         {@code dbPassword} or {@code DB_PASSWORD}
     */
    public static List<String> words(String name) {
        String s = TextNormalizer.foldAccents(name);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (w.length() > 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1))) {
                    out.add(w.toString().toLowerCase(Locale.ROOT));
                    w.setLength(0);
                }
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString().toLowerCase(Locale.ROOT));
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Suggests the environment variable to write instead of a literal value.
     *
     * @param name     the key the value was given, may be empty
     * @param fallback the variable to use when the name is not a usable variable name, for
     *                 example {@code PASSWORD}
     * @return for example {@code ${DB_PASSWORD}} for {@code db.password}
     */
    public static String placeholderFor(String name, String fallback) {
        List<String> words = words(name == null ? "" : name);
        if (words.isEmpty() || words.size() > 6 || !isSecretName(name)) {
            return "${" + fallback + "}";
        }
        List<String> mapped = new ArrayList<>();
        for (String w : words) {
            mapped.add(switch (w) {
                case "contrasena", "clave", "pwd", "passwd", "pass" -> "password";
                case "secreto" -> "secret";
                case "credencial" -> "credential";
                default -> w;
            });
        }
        return "${" + String.join("_", mapped).toUpperCase(Locale.ROOT) + "}";
    }
}
