package no.legekontor.portal.integration;

import static no.legekontor.portal.support.ClinicSystem.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.portal.client.ApiException;
import no.legekontor.portal.client.api.ClinicIntegrationApi;
import no.legekontor.portal.client.model.Practitioner;
import no.legekontor.portal.client.model.PractitionerRegistration;
import no.legekontor.portal.client.model.Role;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.PractitionerKey;
import no.legekontor.shared.event.PractitionerRegistered;
import no.legekontor.shared.event.PractitionerRemoved;
import no.legekontor.shared.event.PractitionerRoleChanged;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a clinic system registers, re-roles and removes its practitioners, and each change goes
 * to the inbox on {@code portal.requests.v1} (keyed by the practitioner), with a revision that
 * rises, so that the inbox admits exactly the clinic's staff.
 */
@QuarkusTest
class PractitionerEventsTest {

    final ClinicIntegrationApi demo = ClinicSystem.of(Demo.DEMO_CLINIC).integration();
    final ClinicIntegrationApi fjord = ClinicSystem.of(Demo.FJORD_CLINIC).integration();

    @Inject
    EventCodec codec;

    @Inject
    EntityManager em;

    @Inject
    PractitionerService practitioners;

    @Test
    void registeringChangingTheRoleAndRemovingArePublishedInOrderWithRisingRevisions() throws ApiException {
        String hpr = "9100061";
        demo.registerPractitioner(new PractitionerRegistration().hprNumber(hpr).name("Vikar Lege").role(Role.GP), null);
        demo.registerPractitioner(new PractitionerRegistration().hprNumber(hpr).name("Vikar Lege").role(Role.OFFICE), null);
        demo.removePractitioner(hpr);

        List<EventEnvelope> events = events(hpr, 3);
        assertThat(events).extracting(EventEnvelope::clinicId).containsOnly(Demo.DEMO_CLINIC);
        assertThat(events.get(0).payload()).isEqualTo(new PractitionerRegistered(hpr, "Vikar Lege", "gp", 1));
        assertThat(events.get(1).payload()).isEqualTo(new PractitionerRoleChanged(hpr, "Vikar Lege", "office", 2));
        assertThat(events.get(2).payload()).isEqualTo(new PractitionerRemoved(hpr, 3));
    }

    @Test
    void removingIsIdempotentAndTheRemovedAreGoneFromTheClinicsList() throws ApiException {
        String hpr = "9100062";
        demo.registerPractitioner(new PractitionerRegistration().hprNumber(hpr).name("Borte Lege").role(Role.GP), null);
        demo.removePractitioner(hpr);
        demo.removePractitioner(hpr);

        expectProblem(404, "not-found", () -> demo.getPractitioner(hpr));
        assertThat(demo.listPractitioners().getItems()).extracting(Practitioner::getHprNumber).doesNotContain(hpr);
        // One removal, not two.
        assertThat(events(hpr, 2)).extracting(e -> (Object) e.payload().getClass())
                .containsExactly(PractitionerRegistered.class, PractitionerRemoved.class);
    }

    @Test
    void removingAPractitionerTheClinicDoesNotHaveIsNotFound() {
        expectProblem(404, "not-found", () -> demo.removePractitioner("9199993"));
        expectProblem(404, "not-found", () -> fjord.removePractitioner(Demo.LISE_BERG_HPR));
    }

    @Test
    void aRemovedPractitionerMayBeRegisteredAtAnotherClinicWithANewerRevision() throws ApiException {
        String hpr = "9100063";
        demo.registerPractitioner(new PractitionerRegistration().hprNumber(hpr).name("Flytte Lege").role(Role.GP), null);
        expectProblem(409, "registered-elsewhere", () -> fjord.registerPractitioner(
                new PractitionerRegistration().hprNumber(hpr).name("Flytte Lege").role(Role.GP), null));
        demo.removePractitioner(hpr);
        fjord.registerPractitioner(new PractitionerRegistration().hprNumber(hpr).name("Flytte Lege").role(Role.GP), null);

        assertThat(fjord.getPractitioner(hpr).getName()).isEqualTo("Flytte Lege");
        expectProblem(404, "not-found", () -> demo.getPractitioner(hpr));
        EventEnvelope moved = events(hpr, 3).get(2);
        assertThat(moved.clinicId()).isEqualTo(Demo.FJORD_CLINIC);
        assertThat(moved.payload()).isEqualTo(new PractitionerRegistered(hpr, "Flytte Lege", "gp", 3));
    }

    @Test
    void theDemoStaffAreAnnouncedAtStart() {
        List<EventEnvelope> events = events(Demo.ANNE_DAHL_HPR, 1);
        assertThat(events.get(0).payload()).isInstanceOfSatisfying(PractitionerRegistered.class,
                registered -> assertThat(registered.role()).isEqualTo("office"));
    }

    @Test
    void practitionersFromBeforeTheEventsAreAnnouncedOnceAtStart() {
        String hpr = "9100064";
        // A row as an upgraded system has it: registered before practitioners were announced.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into gp (hpr_number, name, clinic_org, role) values (?1, 'Gammel Lege', ?2, 'GP')""")
                .setParameter(1, hpr).setParameter(2, Demo.DEMO_CLINIC).executeUpdate());

        assertThat(practitioners.announcePending()).isEqualTo(1);
        assertThat(practitioners.announcePending()).isZero();
        EventEnvelope announced = events(hpr, 1).get(0);
        assertThat(announced.clinicId()).isEqualTo(Demo.DEMO_CLINIC);
        assertThat(announced.payload()).isEqualTo(new PractitionerRegistered(hpr, "Gammel Lege", "gp", 1));
    }

    /** The practitioner's events on portal.requests.v1, once {@code count} have arrived, in order. */
    private List<EventEnvelope> events(String hpr, int count) {
        String key = PractitionerKey.of(hpr).toString();
        return new TopicClient(KafkaBrokerResource.broker().bootstrapServers())
                .readUntil(Topics.PORTAL_REQUESTS, r -> key.equals(r.key()), found -> found.size() >= count,
                        Duration.ofSeconds(30))
                .stream().map(r -> codec.decode(r.value().getBytes(StandardCharsets.UTF_8))).toList();
    }
}
