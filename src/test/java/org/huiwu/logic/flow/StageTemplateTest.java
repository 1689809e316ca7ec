package org.huiwu.logic.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.model.flow.AppliesTo;
import org.huiwu.model.flow.ItemKind;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.StageGroup;
import org.huiwu.model.flow.StageLine;
import org.junit.jupiter.api.Test;

/**
 * The stage checklist template's editor on real H2: every edit (add, rename, reorder, mandatory, retire) is a
 * new template version, and a meeting's list keeps the version and the texts it was copied from.
 */
class StageTemplateTest extends FlowTestBase {

    private static final StageGroup CLEANING = new StageGroup(Stage.PREPARATION, ItemKind.CLEANING, AppliesTo.ALL);

    @Test
    void everyEditIsANewVersionAndAnOpenedMeetingKeepsItsOwn() {
        StageTemplate template = flows.stageLists().editor();
        UUID before = book.toMeeting(book("常务会议", 9, 11).id(), "吕佳").id();
        flows.open(before, "吕佳");
        int shipped = template.version();
        TemplateLine<StageGroup> first = template.lines(CLEANING).get(0);

        template.renameLine(first.id(), "桌面、座椅擦拭并消毒", "Tables and chairs wiped and disinfected", "张主管");
        UUID added = template.addLine(CLEANING, "饮水机清洁", "Water dispenser cleaned", "张主管");
        template.moveLine(added, -1, "张主管");
        template.markMandatory(added, false, "张主管");

        assertThat(template.version()).isEqualTo(shipped + 4);
        List<TemplateLine<StageGroup>> lines = template.lines(CLEANING);
        assertThat(lines.get(0).textZh()).isEqualTo("桌面、座椅擦拭并消毒");
        assertThat(lines).extracting(TemplateLine::id).element(lines.size() - 2).isEqualTo(added);
        assertThat(lines).filteredOn(l -> l.id().equals(added)).singleElement()
                .satisfies(l -> assertThat(l.mandatory()).isFalse());
        assertThat(flows.stageLists().versionOf(before)).isEqualTo(shipped);
        assertThat(texts(before)).contains("桌面、抽屉、座椅擦拭干净").doesNotContain("饮水机清洁");

        UUID after = book.toMeeting(book("专题会议", 14, 16).id(), "吕佳").id();
        flows.open(after, "吕佳");
        assertThat(flows.stageLists().versionOf(after)).isEqualTo(shipped + 4);
        assertThat(texts(after)).contains("桌面、座椅擦拭并消毒", "饮水机清洁");
        assertThat(flows.open(after, "吕佳").linesOf(Stage.PREPARATION)).filteredOn(l -> l.item().textZh()
                .equals("饮水机清洁")).singleElement().satisfies(l -> assertThat(l.item().mandatory()).isFalse());
    }

    @Test
    void aRetiredItemLeavesTheNextVersionOnlyAndMovesPastTheEndChangeNothing() {
        StageTemplate template = flows.stageLists().editor();
        int shipped = template.version();
        List<TemplateLine<StageGroup>> cleaning = template.lines(CLEANING);

        template.moveLine(cleaning.get(0).id(), -1, "张主管");
        assertThat(template.version()).isEqualTo(shipped);
        template.retireLine(cleaning.get(0).id(), "张主管");

        assertThat(template.version()).isEqualTo(shipped + 1);
        assertThat(template.lines(CLEANING)).hasSize(cleaning.size() - 1)
                .noneMatch(l -> l.id().equals(cleaning.get(0).id()));
        assertThat(template.groups()).contains(CLEANING,
                new StageGroup(Stage.PREPARATION, ItemKind.SPECIAL, AppliesTo.FOREIGN));
        assertThatThrownBy(() -> template.renameLine(cleaning.get(0).id(), "x", "", "张主管"))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.NOT_FOUND);
        assertThatThrownBy(() -> template.addLine(CLEANING, " ", "", "张主管"))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.TEXT_MISSING);
    }

    private List<String> texts(UUID meetingId) {
        return flows.stageLists().lines(meetingId).stream().map(StageLine::item).map(i -> i.textZh()).toList();
    }
}
