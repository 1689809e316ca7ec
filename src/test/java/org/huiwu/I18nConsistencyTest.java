package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text key the code or an FXML file uses exists in the bundles, each family's Chinese and
 * English files have the same keys, every shipped family is loaded, no key is defined twice, and no
 * key sits in a bundle unused. Keys are found as string literals
 * in the main sources and as {@code %key} in FXML.
 */
class I18nConsistencyTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path MAIN_RESOURCES = Path.of("src/main/resources");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void chineseAndEnglishHaveTheSameKeysInEveryFamily() throws IOException {
        for (String family : shippedFamilies()) {
            assertThat(bundle(family + ".properties").stringPropertyNames()).as(family)
                    .containsExactlyInAnyOrderElementsOf(bundle(family + "_en.properties").stringPropertyNames());
        }
    }

    @Test
    void everyShippedFamilyIsLoadedAndNoKeyIsInTwoFamilies() throws IOException {
        try (Stream<Path> files = Files.list(MAIN_RESOURCES.resolve("org/huiwu/i18n"))) {
            Set<String> shipped = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .forEach(n -> shipped.add(n.substring(0, n.length() - ".properties".length())));
            assertThat(org.huiwu.i18n.I18n.FAMILIES).containsAll(shipped);
        }
        Set<String> seen = new HashSet<>();
        for (String family : shippedFamilies()) {
            for (String key : bundle(family + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as(key + " is defined twice").isTrue();
            }
        }
    }

    @Test
    void everyKeyUsedExistsInTheBundles() throws IOException {
        Set<String> keys = allKeys();
        Set<String> prefixes = new HashSet<>();
        keys.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        for (String literal : literalsInJava()) {
            String prefix = literal.substring(0, literal.indexOf('.'));
            if (prefixes.contains(prefix) && !keys.contains(literal) && !isResourceName(literal)) {
                missing.add(literal);
            }
        }
        for (String key : keysInFxml()) {
            if (!keys.contains(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys used but missing from the bundles").isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = new HashSet<>(literalsInJava());
        used.addAll(keysInFxml());
        Set<String> unused = new TreeSet<>(allKeys());
        unused.removeAll(used);
        assertThat(unused).as("keys in the bundles that nothing uses").isEmpty();
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String family : shippedFamilies()) {
            for (String file : List.of(family + ".properties", family + "_en.properties")) {
                Properties texts = bundle(file);
                assertThat(texts.stringPropertyNames()).allSatisfy(key ->
                        assertThat(texts.getProperty(key)).as(file + " " + key).isNotBlank());
            }
        }
    }

    private static List<String> shippedFamilies() {
        return org.huiwu.i18n.I18n.FAMILIES.stream()
                .filter(f -> Files.exists(MAIN_RESOURCES.resolve("org/huiwu/i18n/" + f + ".properties"))).toList();
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String family : shippedFamilies()) {
            keys.addAll(bundle(family + ".properties").stringPropertyNames());
        }
        return keys;
    }

    private static boolean isResourceName(String literal) {
        return literal.endsWith(".css") || literal.endsWith(".fxml") || literal.endsWith(".properties");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(MAIN_RESOURCES.resolve("org/huiwu/i18n").resolve(name))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> literalsInJava() throws IOException {
        return matches(MAIN_JAVA, ".java", LITERAL);
    }

    private static Set<String> keysInFxml() throws IOException {
        return matches(MAIN_RESOURCES, ".fxml", FXML_KEY);
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }
}
