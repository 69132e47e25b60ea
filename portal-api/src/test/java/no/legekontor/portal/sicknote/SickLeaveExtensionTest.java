package no.legekontor.portal.sicknote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.shared.event.RequestType;
import org.junit.jupiter.api.Test;

/**
 * R10: an existing sick note can be extended while it runs and up to 7 days after its last day,
 * only to a later day; a note that has not started is not existing sick leave.
 */
class SickLeaveExtensionTest {

    static final int GRACE_DAYS = 7;
    static final UUID KARI = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final LocalDate FROM = LocalDate.of(2026, 11, 23);
    static final LocalDate TO = LocalDate.of(2026, 12, 4);
    static final Clinic DEMO = clinic();

    @Test
    void anActiveNoteCanBeExtendedToALaterDay() {
        assertThatCode(() -> extension(TO.plusWeeks(2), LocalDate.of(2026, 12, 1)).requireAllowed(DEMO))
                .doesNotThrowAnyException();
    }

    @Test
    void aNoteCanBeExtendedUpToSevenDaysAfterItsLastDay() {
        assertThatCode(() -> extension(TO.plusWeeks(2), TO.plusDays(7)).requireAllowed(DEMO))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> extension(TO.plusWeeks(2), TO.plusDays(8)).requireAllowed(DEMO))
                .isInstanceOf(NotExtendable.class);
    }

    @Test
    void aNoteThatHasNotStartedCannotBeExtended() {
        assertThat(SickLeaveExtension.possibleOn(note(), FROM.minusDays(1), GRACE_DAYS)).isFalse();
        assertThat(SickLeaveExtension.possibleOn(note(), FROM, GRACE_DAYS)).isTrue();
        assertThatThrownBy(() -> extension(TO.plusWeeks(2), FROM.minusDays(1)).requireAllowed(DEMO))
                .isInstanceOf(NotExtendable.class);
    }

    @Test
    void theNewLastDayMustBeAfterTheNotesLastDay() {
        assertThatThrownBy(() -> extension(TO, LocalDate.of(2026, 12, 1)).requireAllowed(DEMO))
                .isInstanceOf(NotExtendable.class);
        assertThatThrownBy(() -> extension(TO.minusDays(1), LocalDate.of(2026, 12, 1)).requireAllowed(DEMO))
                .isInstanceOf(NotExtendable.class);
        assertThatCode(() -> extension(TO.plusDays(1), LocalDate.of(2026, 12, 1)).requireAllowed(DEMO))
                .doesNotThrowAnyException();
    }

    @Test
    void theGraceDaysAreASetting() {
        assertThat(SickLeaveExtension.possibleOn(note(), TO.plusDays(10), 14)).isTrue();
        assertThat(SickLeaveExtension.possibleOn(note(), TO.plusDays(10), GRACE_DAYS)).isFalse();
    }

    @Test
    void theRequestIsAboutTheSickNoteAndTheDayAskedFor() {
        SickLeaveExtension extension = extension(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 1));
        assertThat(extension.about()).isEqualTo(ConversationService.About.SICK_NOTE);
        assertThat(extension.about().type()).isEqualTo(RequestType.SICK_LEAVE_EXTENSION);
        assertThat(extension.patientId()).isEqualTo(KARI);
        assertThat(extension.aboutPrescription()).isNull();
        assertThat(extension.aboutSickNote().requestedUntil()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(extension.aboutSickNote().toDate()).isEqualTo(TO);
        assertThat(extension.aboutSickNote().gradePercent()).isEqualTo(50);
    }

    @Test
    void withoutACommentThePatientAsksForTheNewLastDay() {
        SickLeaveExtension extension = extension(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 1));
        assertThat(extension.subject()).isEqualTo("Forlengelse av sykmelding til 18.12.2026");
        assertThat(extension.defaultBody())
                .isEqualTo("Jeg ber om at sykmeldingen (50 %, 23.11.2026–04.12.2026) forlenges til 18.12.2026.");
    }

    static SickLeaveExtension extension(LocalDate requestedUntil, LocalDate today) {
        return new SickLeaveExtension(note(), requestedUntil, today, GRACE_DAYS);
    }

    static SickNote note() {
        SickNote note = new SickNote();
        note.id = UUID.randomUUID();
        note.clinicOrg = "910000004";
        note.patientId = KARI;
        note.fromDate = FROM;
        note.toDate = TO;
        note.gradePercent = 50;
        return note;
    }

    static Clinic clinic() {
        Clinic clinic = new Clinic();
        clinic.orgNumber = "910000004";
        clinic.name = "Demo Legesenter";
        clinic.phone = "22 00 00 00";
        return clinic;
    }
}
