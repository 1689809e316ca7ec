package org.huiwu.logic.attendees.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the "// keys:" javadoc lists, which the main team copies into the bundles, in step with the code. */
class BundleKeyListTest {

    private static final Path SOURCES = Path.of("src/main/java/org/huiwu/logic/attendees/importing");
    private static final Pattern KEY = Pattern.compile("import\\.(?:problem|field)\\.[A-Za-z]+");

    private static Stream<String> documentedKeys(String javaFile) throws Exception {
        String source = Files.readString(SOURCES.resolve(javaFile));
        String keysBlock = source.substring(source.indexOf("// keys:"), source.indexOf("*/", source.indexOf("// keys:")));
        Matcher keys = KEY.matcher(keysBlock);
        return keys.results().map(java.util.regex.MatchResult::group);
    }

    @Test
    void problemKeysListedInJavadocMatchTheCodes() throws Exception {
        assertThat(documentedKeys("ImportProblemCode.java"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ImportProblemCode.values()).map(ImportProblemCode::key).toList());
    }

    @Test
    void fieldKeysListedInJavadocMatchTheFields() throws Exception {
        assertThat(documentedKeys("AttendeeField.java"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AttendeeField.values()).map(AttendeeField::key).toList());
    }
}
