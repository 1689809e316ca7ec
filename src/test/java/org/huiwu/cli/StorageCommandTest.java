package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.huiwu.logic.sample.SampleMeeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands on a damaged, foreign or oddly named data folder, and on input files that are no ordinary
 * file: each gets exit code 1 and its own one true line on standard error, and nothing is created or
 * replaced (issue 17 §2 and §4). English unless a test switches to Chinese.
 */
@ExtendWith(EnglishLocale.class)
class StorageCommandTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    private String data(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void aZeroLengthDatabaseIsDamagedForEveryCommandAndNamesTheLatestBackup() throws Exception {
        assertThat(run("sample", "--data-dir", data("a"))).isZero();
        assertThat(run("backup", "--data-dir", data("a"))).as(err.toString()).isZero();
        Path backup = Path.of(out.toString().strip().replace("Backed up to ", ""));
        Files.write(dir.resolve("a/huiwu.mv.db"), new byte[0]);

        for (String[] command : List.of(new String[] {"meetings"}, new String[] {"backup"},
                new String[] {"attendees", "--meeting", SampleMeeting.ID.toString()})) {
            String[] args = new String[command.length + 2];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--data-dir";
            args[command.length + 1] = data("a");
            assertThat(run(args)).as(command[0]).isEqualTo(1);
            assertThat(errLines()).as(command[0]).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("damaged").contains(backup.getFileName().toString()).doesNotContain("Exception");
        }
        assertThat(dir.resolve("a/huiwu.mv.db")).isEmptyFile();
        assertThat(run("restore", "--data-dir", data("a"), backup.toString())).as(err.toString()).isZero();
        assertThat(run("meetings", "--data-dir", data("a"))).isZero();
        assertThat(out.toString()).contains(SampleMeeting.ID.toString());
    }

    @Test
    void aTruncatedDatabaseSaysDamagedInChineseByDefault() throws Exception {
        assertThat(run("sample", "--data-dir", data("a"))).isZero();
        Path file = dir.resolve("a/huiwu.mv.db");
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 4096));
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        assertThat(run("meetings", "--data-dir", data("a"))).isEqualTo(1);

        assertThat(errLines()).singleElement().asString().contains("已损坏");
    }

    @Test
    void aDataFolderNameWithASemicolonIsRefusedAndNothingAppears() throws Exception {
        String folder = dir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'").toString();

        assertThat(run("meetings", "--data-dir", folder)).isEqualTo(1);
        assertThat(run("restore", "--data-dir", folder, Files.writeString(dir.resolve("b.zip"), "PK").toString()))
                .isEqualTo(1);

        assertThat(errLines()).singleElement().asString().contains("semicolon");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("b.zip");
        }
    }

    @Test
    void importRefusesWhatIsNoOrdinaryReadableFileBeforeOpeningTheDatabase() throws Exception {
        String meeting = SampleMeeting.ID.toString();
        Path fifo = dir.resolve("list.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();

        assertThat(run("import", "--data-dir", data("a"), "--meeting", meeting, dir.resolve("none.csv").toString()))
                .isEqualTo(1);
        assertThat(errLines()).singleElement().asString().contains("There is no file");
        assertThat(run("import", "--data-dir", data("a"), "--meeting", meeting, dir.toString())).isEqualTo(1);
        assertThat(errLines()).singleElement().asString().contains("is a folder");
        assertThat(run("import", "--data-dir", data("a"), "--meeting", meeting, fifo.toString())).isEqualTo(1);
        assertThat(errLines()).singleElement().asString().contains("not an ordinary file");

        assertThat(dir.resolve("a")).doesNotExist();
    }
}
