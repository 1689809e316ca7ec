package org.huiwu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SpeakerStand;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;
import org.junit.jupiter.api.Test;

/** The block dialog's options: the presider list with its suggestion, and the options read into the block. */
class BlockEditorViewModelTest {

    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final UUID meeting = UUID.randomUUID();

    private Attendee person(String name, int rank, AttendeeRole role) {
        return new Attendee(UUID.randomUUID(), meeting, name, "", "", rank, role, Side.NONE, CheckInStatus.EXPECTED, "");
    }

    @Test
    void offersTheSuggestedNumberTwoFirstAndNeverStaff() {
        List<Attendee> people = List.of(person("王建国", 1, AttendeeRole.LEADER), person("李文华", 2, AttendeeRole.LEADER),
                person("吕佳", 3, AttendeeRole.STAFF));
        BlockEditorViewModel editor = new BlockEditorViewModel(BlockKind.PODIUM, i18n);
        editor.offerPresiders(people);

        assertThat(editor.presiderChoices()).extracting(PresiderChoice::text)
                .containsExactly("建议：李文华（第二位）", "王建国（位次 1）", "李文华（位次 2）");
        assertThat(editor.presiderProperty().get().attendeeId()).isNull();

        editor.presiderPlacementProperty().set(PresiderPlacement.FRONT_END_LEFT);
        editor.speakerStandProperty().set(SpeakerStand.FRONT_RIGHT);
        editor.presiderProperty().set(editor.presiderChoices().get(1));
        assertThat(editor.build().options()).isEqualTo(BlockOptions.NONE
                .withPresider(PresiderPlacement.FRONT_END_LEFT, people.get(0).id())
                .withSpeakerStand(SpeakerStand.FRONT_RIGHT));
    }

    @Test
    void editingABlockKeepsItsOptionsAndSelectsItsPresider() {
        Attendee chosen = person("张志强", 3, AttendeeRole.LEADER);
        BlockOptions options = BlockOptions.NONE.withPresider(PresiderPlacement.FRONT_CENTRE, chosen.id())
                .withUnits(UnitSections.HORIZONTAL, UnitOrder.PINYIN);
        BlockEditorViewModel editor = new BlockEditorViewModel(
                SeatBlock.podium(UUID.randomUUID(), "主席台", List.of(7)).withOptions(options), i18n);
        editor.offerPresiders(List.of(person("王建国", 1, AttendeeRole.LEADER), chosen));

        assertThat(editor.presiderProperty().get().attendeeId()).isEqualTo(chosen.id());
        assertThat(editor.build().options()).isEqualTo(options);
    }
}
