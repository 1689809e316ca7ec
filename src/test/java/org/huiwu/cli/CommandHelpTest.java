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

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "attendees                               | 缺少必需的选项：--meeting=ID",
        "attendees --meeting xyz                 | --meeting=ID 的值无效：“xyz”",
        "seat-order --seats abc                  | --seats=N 的值无效：“abc”",
        "seat-order --seats 7 --rows 5,7         | 这些选项只能指定其中一项：--seats=N、--rows=N",
        "seat-order --view podium                | 缺少必需的选项，请指定其中一项：--seats=N、--rows=N",
        "seat-order --rows 5,0                   | 第 2 排的座位数必须在 1 到 200 之间，现为 0",
        "seat-order --seats 7 --convention mars  | 未知的 --convention “mars”",
        "seat-order --seats 7 --variant V9       | 未知的座次变体“V9”",
        "export --format doc --out x --meeting 5a3d1e00-0000-4000-8000-000000000001 | 未知的 --format “doc”",
        "backup --keep 0                         | --keep 必须在 1 到 1000 之间",
        "export --format xlsx --out x --bogus    | 无法识别的选项或参数：--bogus",
        "nosuch                                  | 无法识别的选项或参数：nosuch",
        "                                        | 缺少命令",
    })
    void badUsageIsToldInChineseOnAChineseSystem(String arguments, String expected) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            String[] args = arguments == null ? new String[0] : arguments.trim().split("\\s+");
            code = HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        } finally {
            Locale.setDefault(saved);
        }

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(expected).doesNotContainPattern("[A-Z][a-z]+ [a-z]+ [a-z]+");
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
