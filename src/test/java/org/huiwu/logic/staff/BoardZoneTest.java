package org.huiwu.logic.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.staff.Staffing;
import org.junit.jupiter.api.Test;

/** The zone the tea board opens on for the attendant at the laptop (issue #15). */
class BoardZoneTest {

    private static final UUID MEETING = UUID.randomUUID();
    private static final ServiceZone EVERYONE = new ServiceZone(ServiceZone.EVERYONE, "", Set.of());
    private static final ServiceZone PODIUM = new ServiceZone(UUID.randomUUID(), "张敏", Set.of("p1", "p2"));
    private static final ServiceZone AUDIENCE = new ServiceZone(UUID.randomUUID(), "周婷", Set.of("a1"));
    private static final List<ServiceZone> ZONES = List.of(EVERYONE, PODIUM, AUDIENCE);

    private static Staffing line(String name, String postZh, String postEn, String zone) {
        return new Staffing(UUID.randomUUID(), MEETING, UUID.randomUUID(), name, postZh, postEn, zone, "吕佳");
    }

    private static final List<Staffing> TABLE = List.of(
            line("吕佳", "领班", "Supervisor", "全场"),
            line("张敏", "服务员", "Attendant", "主席台"),
            line("周婷", "服务员", "Attendant", "群众席"),
            line("陈静", "服务员", "Attendant", ""));

    @Test
    void anAttendantStaffedOnAZoneOpensOnTheirZone() {
        assertThat(BoardZone.pick("张敏", TABLE, ZONES)).isEqualTo(PODIUM.id());
        assertThat(BoardZone.pick(" 周婷 ", TABLE, ZONES)).isEqualTo(AUDIENCE.id());
    }

    @Test
    void anAttendantOpensOnThePlansZoneNamedAsTheirStaffingZone() {
        ServiceZone podiumGroup = new ServiceZone(UUID.randomUUID(), "主席台组", Set.of("p1"));
        ServiceZone hallGroup = new ServiceZone(UUID.randomUUID(), "会场组", Set.of("a1"));
        List<Staffing> table = List.of(line("刘芳", "茶水服务员", "Tea attendant", "主席台组"),
                line("王丽", "茶水服务员", "Tea attendant", "会场组"));
        List<ServiceZone> zones = List.of(EVERYONE, podiumGroup, hallGroup);
        assertThat(BoardZone.pick("刘芳", table, zones)).isEqualTo(podiumGroup.id());
        assertThat(BoardZone.pick("王丽", table, zones)).isEqualTo(hallGroup.id());
    }

    @Test
    void theSupervisorOpensOnAllZonesThoughStaffedOnOne() {
        List<ServiceZone> withSupervisorsZone = List.of(EVERYONE, PODIUM,
                new ServiceZone(UUID.randomUUID(), "吕佳", Set.of("x")));
        assertThat(BoardZone.pick("吕佳", TABLE, withSupervisorsZone)).isEqualTo(ServiceZone.EVERYONE);
    }

    @Test
    void anyoneWithoutAZoneOrNotOnTheMeetingOpensOnAllZones() {
        assertThat(BoardZone.pick("陈静", TABLE, ZONES)).isEqualTo(ServiceZone.EVERYONE);
        assertThat(BoardZone.pick("王芳", TABLE, ZONES)).isEqualTo(ServiceZone.EVERYONE);
        assertThat(BoardZone.pick("", TABLE, ZONES)).isEqualTo(ServiceZone.EVERYONE);
        assertThat(BoardZone.pick(null, TABLE, ZONES)).isEqualTo(ServiceZone.EVERYONE);
    }

    @Test
    void aStaffedAttendantWhoseZoneThePlanDoesNotNameOpensOnAllZones() {
        assertThat(BoardZone.pick("张敏", TABLE, List.of(EVERYONE, AUDIENCE))).isEqualTo(ServiceZone.EVERYONE);
    }

    @Test
    void onAVenueServerTheLoginsPersonDecidesNotTheNameTypedInTheSettings() {
        var zhangMin = java.util.Optional.of(new org.huiwu.model.staff.VenueLogin("zhangmin", "张敏", false));
        assertThat(BoardZone.pick("周婷", zhangMin, TABLE, ZONES)).isEqualTo(PODIUM.id());
        assertThat(BoardZone.pick("", zhangMin, TABLE, ZONES)).isEqualTo(PODIUM.id());
        var unnamed = java.util.Optional.of(new org.huiwu.model.staff.VenueLogin("zhouting", "", false));
        assertThat(BoardZone.pick("周婷", unnamed, TABLE, ZONES)).as("the login is not on the staffing")
                .isEqualTo(ServiceZone.EVERYONE);
    }

    @Test
    void onAVenueServerTheSupervisorRoleDecidesNotThePost() {
        var lvJiaAttendant = java.util.Optional.of(new org.huiwu.model.staff.VenueLogin("lvjia", "吕佳", false));
        ServiceZone lvJiasZone = new ServiceZone(UUID.randomUUID(), "吕佳", Set.of("x"));
        assertThat(BoardZone.pick("", lvJiaAttendant, TABLE, List.of(EVERYONE, lvJiasZone)))
                .as("staffed as 领班 but logged in as an attendant").isEqualTo(lvJiasZone.id());
        var zhangMinSupervisor = java.util.Optional.of(new org.huiwu.model.staff.VenueLogin("zhangmin", "张敏", true));
        assertThat(BoardZone.pick("", zhangMinSupervisor, TABLE, ZONES)).as("the server's supervisor role")
                .isEqualTo(ServiceZone.EVERYONE);
    }
}
