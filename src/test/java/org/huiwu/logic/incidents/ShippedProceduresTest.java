package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.model.incidents.ProcedureStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The procedures shipped in {@code procedures.json}: every type, every step in Chinese and English. */
class ShippedProceduresTest {

    private static final List<Procedure> SHIPPED = new ShippedProcedures().load(Instant.EPOCH);

    @ParameterizedTest
    @EnumSource(IncidentType.class)
    void everyTypeHasNumberedStepsInChineseAndEnglish(IncidentType type) {
        Procedure procedure = SHIPPED.stream().filter(p -> p.type() == type).findFirst().orElseThrow();

        assertThat(procedure.steps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(procedure.steps()).extracting(ProcedureStep::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, procedure.steps().size())
                        .boxed().toList());
        assertThat(procedure.steps()).allSatisfy(step -> {
            assertThat(step.text(Locale.SIMPLIFIED_CHINESE)).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(step.text(Locale.ENGLISH)).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        });
        assertThat(procedure.id()).isEqualTo(ShippedProcedures.idOf(type));
    }

    @Test
    void emergenciesNotifyTheRightPeople() {
        assertThat(roles(IncidentType.FIRE_OR_SMOKE)).contains(ContactRole.FIRE_119, ContactRole.DUTY_MANAGER);
        assertThat(roles(IncidentType.MEDICAL_EMERGENCY)).contains(ContactRole.AMBULANCE_120, ContactRole.ORGANISER);
        assertThat(roles(IncidentType.POWER_OUTAGE)).contains(ContactRole.ELECTRICIAN);
        assertThat(roles(IncidentType.AUDIO_FAILURE)).contains(ContactRole.SOUND_TECHNICIAN);
        assertThat(roles(IncidentType.DISTURBANCE)).contains(ContactRole.SECURITY);
        assertThat(roles(IncidentType.CONFIDENTIAL_DOCUMENT_LOST)).contains(ContactRole.CONFIDENTIALITY_OFFICER);
    }

    @Test
    void evacuationGuideIsLinkedFromFireAndCrowding() {
        assertThat(SHIPPED).filteredOn(p -> p.relatedGuideId().equals("evacuation")).extracting(Procedure::type)
                .containsExactlyInAnyOrder(IncidentType.FIRE_OR_SMOKE, IncidentType.CROWDING_OR_WEATHER);
    }

    @Test
    void everyLinkedGuideExists() {
        assertThat(SHIPPED).map(Procedure::relatedGuideId).filteredOn(id -> !id.isEmpty())
                .allSatisfy(id -> assertThat(java.nio.file.Path.of("assets/guides", id)).isDirectory());
    }

    private static List<ContactRole> roles(IncidentType type) {
        return SHIPPED.stream().filter(p -> p.type() == type).findFirst().orElseThrow().rolesToNotify();
    }
}
