package org.huiwu.ui.seating;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.ui.common.ViewModelFixture;

/**
 * The seating screen's view-model and commands over a fixture's sample meeting, made current as the screen finds it
 * when the sample is opened: the set-up the seating view-model tests share. Used on the test's thread only.
 */
record SampleSeating(SeatingViewModel model, SeatingCommands commands) {

    static SampleSeating open(ViewModelFixture fixture) {
        fixture.context.sampleMeeting().ensure();
        SeatingViewModel model = new SeatingViewModel(fixture.context.seatPlans(), fixture.context.seatingPlanner(),
                fixture.context.roster(), fixture.state, fixture.runner, fixture.dialogs, fixture.failures, fixture.i18n);
        SeatingCommands commands = new SeatingCommands(model, fixture.context.seatingPlanner(), fixture.context.roster(),
                fixture.runner, fixture.dialogs, fixture.i18n);
        fixture.state.currentMeetingProperty().set(fixture.context.meetings().find(SampleMeeting.ID).orElseThrow());
        return new SampleSeating(model, commands);
    }
}
