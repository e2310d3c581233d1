package dev.procedures.core.secrets;

import dev.procedures.core.secrets.SecretDetector.Anchor;
import dev.procedures.core.secrets.SecretDetector.Form;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The built-in detectors, as data, in priority order: where two detectors find overlapping values
 * the earlier one wins (a GitHub token inside a URL is reported as a GitHub token).
 *
 * <p>Token formats follow the published formats of their vendors (and the gitleaks rules that
 * encode them); key names follow {@link SecretKeys}.
 */
public final class SecretDetectors {

    /**
     * A value after a separator: double-, single- or backtick-quoted, or bare up to white space
     * or a delimiter. A bare value never starts with {@code <}, {@code [}, {@code (}, {@code $},
     * {@code {}} or {@code -}, so {@code <password>}, {@code [password]}, {@code ${VAR}} and a next
     * flag are not values at all (and a line of them costs nothing). A quote never closed on its
     * line ({@code PASSWORD="S3cr3t}, a line cut or mistyped) still opens a value: its first word,
     * judged as a bare value (groups {@code ud} and {@code us}); "never closed" looks 300
     * characters ahead, so that a long line costs the same per match as a short one.
     */
    static final String VALUE = "(?:\"(?<dq>[^\"\\r\\n]{1,256}+)\"|'(?<sq>[^'\\r\\n]{1,256}+)'|`(?<bq>[^`\\r\\n]{1,256}+)`"
            + "|(?<bare>[^\\s\"'`,;&<>\\[(|${-][^\\s\"'`,;&<>|]{0,255}+)"
            + "|\"(?<ud>[^\\s\"'`<\\[(${][^\\s\"'`]{0,255}+)(?![^\"\\r\\n]{0,300}+\")"
            + "|'(?<us>[^\\s\"'`<\\[(${][^\\s\"'`]{0,255}+)(?![^'\\r\\n]{0,300}+'))";

    /** Keyword at the start of the match unless {@link #LOOKBACK} says otherwise. */
    private static final java.util.Map<String, Integer> LOOKBACK = java.util.Map.of(
            "telegram-bot-token", 11, "openai-key", 24, "authorization-header", 7, "url-userinfo", 32,
            "dockerfile-env", 17, "assignment", 42, "curl-user", 2, "sql-password", 24, "keytool-password", 5,
            "pgpass-entry", 64);

    /**
     * Patterns that do not start with a look-behind rejecting a letter or digit before the match
     * (every other line pattern does, see {@link Anchor#WORD_START}).
     */
    private static final java.util.Map<String, Anchor> ANCHOR = java.util.Map.of(
            "slack-webhook", Anchor.ANYWHERE, "discord-webhook", Anchor.ANYWHERE, "teams-webhook", Anchor.ANYWHERE,
            "telegram-bot-token", Anchor.ANYWHERE, "braintree-token", Anchor.ANYWHERE, "htpasswd-batch", Anchor.ANYWHERE,
            "powershell-securestring", Anchor.ANYWHERE, "dockerfile-env", Anchor.LINE_START);

    /**
     * What every secret name holds ({@link SecretKeys#isSecretName} is true only for a name with
     * one of these, accents folded): the keywords of a key-value detector, whose key must name a
     * secret.
     */
    private static final List<String> SECRET_FRAGMENTS = List.of("pass", "pwd", "secret", "token", "key", "credential",
            "credencial", "contrase", "clave", "sig", "bearer");

    /** {@code --} and a letter: where a flag such as {@code --password} starts (a table rule {@code |---|} is none). */
    private static final List<String> FLAG_STARTS = java.util.stream.IntStream.rangeClosed('a', 'z')
            .mapToObj(c -> "--" + (char) c).toList();

    private static final Pattern AWS_EXAMPLE = Pattern.compile("(?i).*EXAMPLE");
    /** The sample token of jwt.io, reproduced in countless tutorials. */
    private static final Pattern JWT_IO_SAMPLE = Pattern.compile(".*\\.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");

    private static final List<SecretDetector> DEFAULTS = List.of(
            // ---- private keys
            new SecretDetector("private-key", "private key", Form.PRIVATE_KEY, List.of("private key"), List.of(),
                    Pattern.compile("-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----"), 0, Anchor.ANYWHERE,
                    List.of(),
                    "PRIVATE_KEY_FILE"),
            // ---- well-known token formats
            token("aws-access-key-id", "AWS access key id", List.of("akia", "asia", "abia", "acca"),
                    "(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])", List.of(AWS_EXAMPLE),
                    "AWS_ACCESS_KEY_ID"),
            token("github-token", "GitHub token", List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
                    "(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}+(?![A-Za-z0-9_])", List.of(), "GITHUB_TOKEN"),
            token("github-fine-grained-token", "GitHub token", List.of("github_pat_"),
                    "(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{60,255}+", List.of(), "GITHUB_TOKEN"),
            token("gitlab-token", "GitLab token", List.of("glpat-", "gldt-", "glrt-", "glptt-", "glsoat-", "glcbt-", "glft-"),
                    "(?<![A-Za-z0-9_])gl(?:pat|dt|rt|ptt|soat|cbt|ft)-[A-Za-z0-9_-]{20,64}+", List.of(), "GITLAB_TOKEN"),
            token("slack-token", "Slack token", List.of("xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxs-", "xoxr-", "xoxe-", "xapp-"),
                    "(?<![A-Za-z0-9_-])(?:xox[abposre](?:\\.xox[abposre])?|xapp)-[A-Za-z0-9-]{10,250}+", List.of(),
                    "SLACK_TOKEN"),
            token("slack-webhook", "Slack webhook URL", List.of("hooks.slack.com"),
                    "hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<bare>[A-Za-z0-9_]{6,32}+/[A-Za-z0-9_]{6,32}+/[A-Za-z0-9_/]{8,64}+)",
                    List.of(), "SLACK_WEBHOOK_URL"),
            token("discord-webhook", "Discord webhook URL", List.of("discord"),
                    "discord(?:app)?\\.com/api/webhooks/(?<bare>[0-9]{17,20}+/[A-Za-z0-9_-]{60,80}+)", List.of(),
                    "DISCORD_WEBHOOK_URL"),
            token("teams-webhook", "Microsoft Teams webhook URL", List.of("webhook.office.com", "outlook.office.com/webhook"),
                    "(?:webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/(?<bare>[A-Za-z0-9@-]{30,120}+/IncomingWebhook/[A-Za-z0-9/-]{30,120}+)",
                    List.of(), "TEAMS_WEBHOOK_URL"),
            token("telegram-bot-token", "Telegram bot token", List.of(":aa"),
                    "(?<![0-9])[0-9]{8,10}+:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])", List.of(), "TELEGRAM_BOT_TOKEN"),
            token("jwt", "JSON Web Token", List.of("eyj"),
                    "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4096}+\\.eyJ[A-Za-z0-9_-]{8,8192}+\\.[A-Za-z0-9_-]{8,4096}+",
                    List.of(JWT_IO_SAMPLE), "JWT"),
            token("vault-token", "HashiCorp Vault token", List.of("hvs.", "hvb.", "hvr."),
                    "(?<![A-Za-z0-9_.-])hv[sbr]\\.[A-Za-z0-9_-]{24,256}+", List.of(), "VAULT_TOKEN"),
            token("stripe-key", "Stripe secret key", List.of("sk_live_", "sk_test_", "rk_live_", "rk_test_"),
                    "(?<![A-Za-z0-9_])[rs]k_(?:live|test)_[A-Za-z0-9]{20,247}+", List.of(), "STRIPE_SECRET_KEY"),
            token("square-token", "Square access token", List.of("sq0atp-", "sq0csp-", "eaaa"),
                    "(?<![A-Za-z0-9_-])(?:sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])",
                    List.of(), "SQUARE_ACCESS_TOKEN"),
            token("braintree-token", "Braintree/PayPal access token", List.of("access_token$"),
                    "access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}", List.of(), "BRAINTREE_ACCESS_TOKEN"),
            token("google-api-key", "Google API key", List.of("aiza"),
                    "(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])", List.of(), "GOOGLE_API_KEY"),
            token("google-oauth-secret", "Google OAuth client secret", List.of("gocspx-"),
                    "(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])", List.of(), "GOOGLE_CLIENT_SECRET"),
            token("openai-key", "OpenAI API key", List.of("sk-proj-", "t3blbkfj", "sk-svcacct-"),
                    "(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}+|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})",
                    List.of(), "OPENAI_API_KEY"),
            token("anthropic-key", "Anthropic API key", List.of("sk-ant-"),
                    "(?<![A-Za-z0-9_-])sk-ant-[a-z0-9]{2,10}+-[A-Za-z0-9_-]{40,120}+", List.of(), "ANTHROPIC_API_KEY"),
            token("sendgrid-key", "SendGrid API key", List.of("sg."),
                    "(?<![A-Za-z0-9_-])SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", List.of(), "SENDGRID_API_KEY"),
            token("npm-token", "npm access token", List.of("npm_"),
                    "(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])", List.of(), "NPM_TOKEN"),
            token("huggingface-token", "Hugging Face token", List.of("hf_"),
                    "(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9])", List.of(), "HF_TOKEN"),
            token("docker-hub-token", "Docker Hub access token", List.of("dckr_pat_"),
                    "(?<![A-Za-z0-9_])dckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])", List.of(), "DOCKER_TOKEN"),
            token("shopify-token", "Shopify access token", List.of("shpat_", "shpca_", "shppa_", "shpss_"),
                    "(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![A-Za-z0-9])", List.of(), "SHOPIFY_TOKEN"),
            // ---- headers, URLs and commands that say by themselves that a value is a secret
            named("authorization-header", "credentials in an Authorization header", List.of("authorization"), List.of(),
                    "(?i)(?<![A-Za-z0-9_-])(?:proxy-)?authorization[\"']?[ \\t]{0,4}[:=][ \\t]{0,4}[\"']?"
                            + "(?:basic|bearer|token|digest|apikey|api-key|sso-key|key|otp)[ \\t]{1,4}+(?<bare>[A-Za-z0-9._~+/=:-]{4,4096}+)(?![${<])",
                    "API_TOKEN"),
            named("url-userinfo", "password in a URL", List.of("://"), List.of("@"),
                    "(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}+://(?<user>[^\\s:/?#@\"'<>\\[\\]`]{0,128}+):"
                            + "(?<bare>[^\\s/?#\"'<>`]{1,256})@",
                    "PASSWORD"),
            named("curl-user", "password in curl -u user:password", List.of("-u", "--user", "--proxy-user"), List.of("curl"),
                    "(?<![A-Za-z0-9_-])(?:-u|--user|--proxy-user)(?:[ \\t]{1,8}+|=)?[\"']?(?<user>[^\\s:\"'`]{1,128}+):"
                            + "(?<bare>[^\\s\"'`]{1,256}+)",
                    "API_PASSWORD"),
            named("smbclient-user", "password in smbclient -U user%password", List.of("-u"), List.of("smbclient"),
                    "(?<![A-Za-z0-9_-])-U[ \\t]{1,8}+[\"']?(?<user>[^\\s%\"'`]{1,128}+)%(?<bare>[^\\s\"'`]{1,256}+)", "SMB_PASSWORD"),
            named("mysql-password-flag", "password in mysql -p", List.of("-p"), List.of("mysql", "mariadb"),
                    "(?<![A-Za-z0-9_-])-p(?:\"(?<dq>[^\"\\r\\n]{1,256}+)\"|'(?<sq>[^'\\r\\n]{1,256}+)'"
                            + "|(?<bare>[^\\s\"'`;&|<>\\[(][^\\s\"'`;&|]{0,255}+))",
                    "MYSQL_PWD"),
            named("login-password-flag", "password in a -p flag", List.of("-p "), List.of(" login", "sshpass", "mongo"),
                    "(?<![A-Za-z0-9_-])-p[ \\t]{1,8}+" + VALUE, "PASSWORD"),
            named("redis-password-flag", "password in redis-cli -a", List.of("-a "), List.of("redis-cli"),
                    "(?<![A-Za-z0-9_-])-a[ \\t]{1,8}+" + VALUE, "REDIS_PASSWORD"),
            named("stdin-password", "password piped to --password-stdin", List.of("echo", "printf"),
                    List.of("-stdin"), "(?<![A-Za-z0-9_-])(?:echo|printf)[ \\t]{1,8}+(?:-[neE][ \\t]{1,8}+)?" + VALUE
                            + "[ \\t]{0,8}+\\|", "PASSWORD"),
            named("htpasswd-batch", "password in htpasswd -b", List.of("htpasswd"), List.of(),
                    "htpasswd[ \\t]{1,8}+-[A-Za-z]{0,6}b[A-Za-z]{0,6}+[ \\t]{1,8}+[^\\s|;&]{1,256}+[ \\t]{1,8}+"
                            + "(?<user>[^\\s|;&]{1,128}+)[ \\t]{1,8}+" + VALUE, "HTPASSWD_PASSWORD"),
            named("sql-password", "password in a SQL user statement", List.of("password", "identified"), List.of("'", "\""),
                    "(?i)(?<![A-Za-z0-9_])(?:(?:WITH|LOGIN)[ \\t]{1,8}+(?:(?:UN)?ENCRYPTED[ \\t]{1,8}+)?PASSWORD"
                            + "|IDENTIFIED[ \\t]{1,8}+(?:WITH[ \\t]{1,8}+[A-Za-z0-9_]{1,40}+[ \\t]{1,8}+)?BY)[ \\t]{1,8}+"
                            + "(?:'(?<sq>[^'\\r\\n]{1,256}+)'|\"(?<dq>[^\"\\r\\n]{1,256}+)\")", "DB_PASSWORD"),
            // "changeit" is the published default password of the JDK's cacerts trust store
            new SecretDetector("keytool-password", "password in a keytool -storepass/-keypass flag", Form.NAMED,
                    List.of("storepass", "keypass"), List.of("keytool"),
                    Pattern.compile("(?<![A-Za-z0-9_-])-(?:src|dest)?(?:store|key)pass[ \\t]{1,8}+" + VALUE),
                    LOOKBACK.get("keytool-password"), Anchor.WORD_START, List.of(Pattern.compile("changeit")),
                    "KEYSTORE_PASSWORD"),
            named("ldap-password-flag", "password in an ldap tool -w flag", List.of("-w "),
                    List.of("ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldappasswd", "ldapwhoami", "ldapcompare",
                            "ldapmodrdn", "ldapexop"),
                    "(?<![A-Za-z0-9_-])-w[ \\t]{1,8}+" + VALUE, "LDAP_PASSWORD"),
            named("rabbitmqctl-password", "password in rabbitmqctl add_user/change_password",
                    List.of("change_password", "add_user"), List.of("rabbitmqctl"),
                    "(?<![A-Za-z0-9_-])(?:change_password|add_user)[ \\t]{1,8}+(?<user>[^\\s\"'`|;&]{1,128}+)[ \\t]{1,8}+"
                            + VALUE, "RABBITMQ_PASSWORD"),
            named("pgpass-entry", "password in a .pgpass entry", List.of(":"), List.of("pgpass"),
                    "(?<![^\\s'\"])[^\\s:'\"#]{1,64}+:(?:[0-9]{1,5}+|\\*):[^\\s:'\"]{1,64}+:(?<user>[^\\s:'\"]{1,64}+):"
                            + "(?<bare>[^\\s'\":]{1,256}+)", "PGPASSWORD"),
            named("netrc-password", "password in a .netrc entry", List.of("password"), List.of("machine"),
                    "(?<![A-Za-z0-9_-])password[ \\t]{1,8}+" + VALUE, "NETRC_PASSWORD"),
            named("powershell-securestring", "password in ConvertTo-SecureString", List.of("convertto-securestring"),
                    List.of(), "(?i)ConvertTo-SecureString[ \\t]{1,8}+(?:-String[ \\t]{1,8}+)?" + VALUE, "PASSWORD"),
            // ---- key = value in every syntax
            keyed("flag", "secret in a command-line flag", FLAG_STARTS, SECRET_FRAGMENTS,
                    "(?<![A-Za-z0-9_-])--(?<key>[A-Za-z][A-Za-z0-9_-]{0,48}+)[ \\t]{1,8}+" + VALUE),
            keyed("dockerfile-env", "secret in a Dockerfile ENV", List.of("env ", "env\t"), SECRET_FRAGMENTS,
                    "^[ \\t]{0,16}+ENV[ \\t]{1,8}+(?<key>[A-Za-z_][A-Za-z0-9_]{0,63}+)[ \\t]{1,8}+" + VALUE),
            keyed("assignment", "secret assigned to a key", SECRET_FRAGMENTS,
                    List.of(":", "=", "\uFF1A"), true,
                    "(?<![\\p{L}\\p{N}_.-])(?<kq>[\"']?)(?<key>[\\p{L}\\p{N}_.-]{0,40}?"
                            + "(?i:pass|pwd|secret|token|key|credential|credencial|contrase|clave|secreto|sig|bearer)"
                            + "[\\p{L}\\p{N}_.-]{0,40}+)\\k<kq>[*_]{0,2}[ \\t]{0,4}+"
                            + "(?<sep>:=|=>|=|:|\uFF1A)[*_]{0,2}+(?<sp>[ \\t]{0,8}+)" + VALUE),
            new SecretDetector("yaml-block-scalar", "secret in a YAML block scalar", Form.BLOCK_SCALAR,
                    List.of(": |", ": >"), List.of(),
                    Pattern.compile("(?m)^(?<ind>[ \\t]{0,32}+)(?:-[ \\t]{1,4}+)?([\"']?)(?<key>[\\p{L}\\p{N}_.-]{1,64}+)\\2"
                            + "[ \\t]{0,4}+:[ \\t]{1,4}+[|>][-+0-9]{0,2}+[ \\t]{0,8}+\\r?\\n(?<vi>[ \\t]{1,64}+)"
                            + "(?<bare>[^\\s#][^\\r\\n]{0,255}+)"),
                    0, Anchor.ANYWHERE, List.of(), "SECRET"),
            new SecretDetector("table-column", "secret in a table column", Form.TABLE_COLUMN,
                    List.of("|"), List.of("contrase", "password", "passwd", "passphrase", "clave", "secret", "token", "pwd",
                            "api key", "apikey"),
                    Pattern.compile("(?iu)\\|[ \\t*_`]{0,8}+[\\p{L}\\p{N}_. -]{0,30}?"
                            + "(?:contrase|password|passwd|passphrase|clave|secret|token|pwd|api key|apikey)"),
                    0, Anchor.ANYWHERE, List.of(), "PASSWORD"),
            new SecretDetector("prose", "password in prose", Form.PROSE,
                    List.of("contrase", "password", "passphrase", "clave", "secret", "token", "pwd"), List.of(),
                    Pattern.compile("(?iu)(?<![\\p{L}\\p{N}_])(?<key>contraseñas?|contrasenas?|passwords?|passphrase|claves?"
                            + "|secretos?|secrets?|tokens?|pwd)(?:[ \\t]{1,4}+[\\p{L}\\p{N}_'-]{1,30}+){0,4}?[ \\t]{1,4}+"
                            + "(?:es|son|is|are|será|sera|era|was|=|:|\uFF1A)[ \\t]{0,4}+:?[ \\t]{0,4}+" + VALUE),
                    0, Anchor.WORD_START, List.of(), "PASSWORD"),
            new SecretDetector("table", "secret in a table row", Form.PROSE,
                    List.of("pass", "pwd", "secret", "token", "key", "credential", "credencial", "contrase", "clave"),
                    List.of("|"), Pattern.compile("(?<=\\|)[ \\t]{0,8}+\\**`?(?<key>[\\p{L}\\p{N}_. -]{1,40}+)`?\\**[ \\t]{0,8}+\\|"
                            + "[ \\t]{0,8}+" + VALUE + "[ \\t]{0,8}+\\|"),
                    52, Anchor.AFTER_PIPE, List.of(), "PASSWORD"));

    private SecretDetectors() {
    }

    /** @return the built-in detectors, in priority order */
    public static List<SecretDetector> defaults() {
        return DEFAULTS;
    }

    private static SecretDetector token(String id, String kind, List<String> keywords, String regex, List<Pattern> allow,
                                        String placeholder) {
        return new SecretDetector(id, kind, Form.TOKEN, keywords, List.of(), Pattern.compile(regex),
                LOOKBACK.getOrDefault(id, 1), ANCHOR.getOrDefault(id, Anchor.WORD_START), allow, placeholder);
    }

    private static SecretDetector named(String id, String kind, List<String> keywords, List<String> commands,
                                        String regex, String placeholder) {
        return new SecretDetector(id, kind, Form.NAMED, keywords, commands, Pattern.compile(regex),
                LOOKBACK.getOrDefault(id, 1), ANCHOR.getOrDefault(id, Anchor.WORD_START), List.of(), placeholder);
    }

    private static SecretDetector keyed(String id, String kind, List<String> keywords, List<String> commands,
                                        String regex) {
        return keyed(id, kind, keywords, commands, false, regex);
    }

    private static SecretDetector keyed(String id, String kind, List<String> keywords, List<String> commands,
                                        boolean separatorAfterKey, String regex) {
        return new SecretDetector(id, kind, Form.KEYED, keywords, commands, Pattern.compile(regex),
                LOOKBACK.getOrDefault(id, 1), ANCHOR.getOrDefault(id, Anchor.WORD_START), List.of(), "SECRET",
                separatorAfterKey);
    }
}
