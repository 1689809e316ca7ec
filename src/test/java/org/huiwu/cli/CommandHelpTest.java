package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's help is in one language at a time: every command, option and positional parameter has a
 * description from the {@code cli} bundle, Chinese in Chinese, and English without Chinese but for the domain term
 * 涉密. Plain JUnit over the configured command tree, and one help printed in each language.
 */
class CommandHelpTest {

    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

    @Test
    void everyCommandAndOptionIsDescribedInChinese() {
        List<String> texts = descriptions(HuiwuCommand.withHelpIn(Locale.SIMPLIFIED_CHINESE));

        assertThat(texts).hasSizeGreaterThan(60).allSatisfy(text -> assertThat(text).containsPattern(CHINESE));
    }

    @Test
    void everyCommandAndOptionIsDescribedInEnglishWithoutChinese() {
        List<String> texts = descriptions(HuiwuCommand.withHelpIn(Locale.ENGLISH));

        assertThat(texts).hasSizeGreaterThan(60).allSatisfy(text -> {
            assertThat(text).isNotBlank();
            assertThat(text.replace("涉密", "")).doesNotContainPattern(CHINESE);
        });
    }

    @Test
    void theHelpPrintedInChineseHasChineseHeadingsAndDefaults() {
        CommandLine line = HuiwuCommand.withHelpIn(Locale.SIMPLIFIED_CHINESE);
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out));

        line.execute("backup", "--help");

        assertThat(out.toString()).contains("用法：", "备份数据库", "保留的备份份数", "默认：10", "显示此帮助并退出")
                .doesNotContain("Usage:", "Backs the database up");
    }

    @Test
    void theTopLevelHelpListsTheCommandsUnderAChineseHeading() {
        CommandLine line = HuiwuCommand.withHelpIn(Locale.SIMPLIFIED_CHINESE);
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out));

        line.execute("--help");

        assertThat(out.toString()).contains("命令：", "会务服务助手", "导出会议").doesNotContain("Commands:");
    }

    /** The description of every command, option and positional parameter in the tree, one text each. */
    private static List<String> descriptions(CommandLine root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(CommandLine command, List<String> texts) {
        CommandSpec spec = command.getCommandSpec();
        texts.add(String.join(" ", spec.usageMessage().description()));
        for (ArgSpec arg : spec.args()) {
            texts.add(spec.qualifiedName() + " " + arg.paramLabel() + ": " + String.join(" ", arg.description()));
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, texts));
    }
}
