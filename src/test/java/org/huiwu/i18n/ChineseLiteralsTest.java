package org.huiwu.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Chinese text a user sees comes from the resource bundles, so that English mode shows none of it: a
 * string, text block or character literal in {@code src/main/java} that holds a CJK character fails this
 * test unless its file is on the allow-list below, each entry with the reason its Chinese is content
 * rather than interface text. Comments are not scanned (they may quote what the screen shows). Plain
 * JUnit, no toolkit.
 */
class ChineseLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/huiwu");

    /**
     * Folders or files (relative to org/huiwu), or one literal of a file ({@code file|literal}), whose
     * Chinese is content or parses what people type rather than text the app shows, with why.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "logic/sample/", "the sample meeting is data a user loads, in the language it was written in",
            "logic/flow/", "default stage-check items stored as bilingual data (owned by the flow feature)",
            "ui/flow/", "owned by the flow feature, reviewed there",
            "ui/guides/GuideSourcesViewModel.java",
            "matches the standard's clause references (附录C, 第7章) to name them in English",
            "logic/attendees/importing/CellText.java|\"^[*]+|[*:：]+$\"",
            "reads the full-width colon people type in Chinese spreadsheet headers",
            "ui/seating/BlockEditorViewModel.java|\"[,，\\\\s]+\"",
            "reads seat counts separated by a full-width comma as typed with a Chinese input method",
            "logic/staff/BoardZone.java|\"领班\"",
            "recognises the shipped supervisor post by its stored Chinese name; never shown");

    @Test
    void userVisibleChineseComesFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.keySet().stream().noneMatch(relative::startsWith)) {
                    literalsWithChinese(Files.readString(file, StandardCharsets.UTF_8)).stream()
                            .filter(hit -> !ALLOWED.containsKey(relative + "|" + hit.substring(hit.indexOf(": ") + 2)))
                            .forEach(hit -> found.add(relative + ":" + hit));
                }
            }
        }
        assertThat(found).as("Chinese literals outside the bundles (move them to i18n/*.properties, "
                + "or allow-list the file with the reason its text is content)").isEmpty();
    }

    @Test
    void theScannerSeesLiteralsAndSkipsComments() {
        String source = """
                /** "会前 8/12" in a doc comment */
                class A { // "续水" in a line comment
                    String a = "ok \\" 撤销";
                    char b = '。';
                    String c = "plain"; /* "多行" */
                }
                """;
        assertThat(literalsWithChinese(source)).containsExactly("3: \"ok \\\" 撤销\"", "4: '。'");
    }

    /** Each literal holding a CJK character, as "line: literal", in a Java source with its comments skipped. */
    static List<String> literalsWithChinese(String source) {
        List<String> hits = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += count(source.substring(i, end));
                i = end;
            } else if (c == '"' || c == '\'') {
                String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c);
                int end = i + quote.length();
                while (end < source.length() && !source.startsWith(quote, end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(source.length(), end + quote.length());
                String literal = source.substring(i, end);
                if (literal.codePoints().anyMatch(ChineseLiteralsTest::isCjk)) {
                    hits.add(line + ": " + literal);
                }
                line += count(literal);
                i = end;
            } else {
                i++;
            }
        }
        return hits;
    }

    private static int count(String text) {
        return (int) text.chars().filter(ch -> ch == '\n').count();
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }
}
