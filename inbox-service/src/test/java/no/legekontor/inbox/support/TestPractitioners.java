package no.legekontor.inbox.support;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.legekontor.devtools.Demo;
import no.legekontor.shared.event.StaffRole;

/**
 * The practitioners the tests' staff tokens name, in the inbox's practitioner table, as portal-api's
 * events would have put them there: the demo staff (Lise Berg and Anne Dahl of Demo Legesenter,
 * Nils Fjell of Fjord Legekontor) at start, and a test's own GP when it asks ({@link #register}).
 * Revision 0, so any event from the portal (revision 1 and up) overrides them; the way there is
 * tested by PractitionerAccessTest.
 */
@ApplicationScoped
public class TestPractitioners {

    @Inject
    EntityManager em;

    @Transactional
    void seedDemoStaff(@Observes StartupEvent start) {
        add(Demo.LISE_BERG_HPR, Demo.DEMO_CLINIC, StaffRole.GP);
        add(Demo.ANNE_DAHL_HPR, Demo.DEMO_CLINIC, StaffRole.OFFICE);
        add(Demo.NILS_FJELL_HPR, Demo.FJORD_CLINIC, StaffRole.GP);
    }

    /** Makes {@code hprNumber} a practitioner of {@code clinicOrg} in {@code role}, unless the HPR number is known. */
    public static void register(String hprNumber, String clinicOrg, String role) {
        Arc.container().instance(TestPractitioners.class).get().add(hprNumber, clinicOrg, role);
    }

    @Transactional
    void add(String hprNumber, String clinicOrg, String role) {
        em.createNativeQuery("""
                insert into practitioner (hpr_number, clinic_org, name, role, revision, updated_at)
                values (?1, ?2, ?3, ?4, 0, now())
                on conflict (hpr_number) do nothing""")
                .setParameter(1, hprNumber)
                .setParameter(2, clinicOrg)
                .setParameter(3, "HPR " + hprNumber)
                .setParameter(4, role)
                .executeUpdate();
    }
}
