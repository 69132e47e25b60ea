package no.legekontor.portal.vaccination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;

/** The patient's vaccinations (R6), newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VaccinationService {

    @Inject
    EntityManager em;

    public Page<VaccinationView> list(UUID patientId, PageRequest paging) {
        return PagedQuery.page(em, Vaccination.class, "vaccination e", "e.patient_id = :patient",
                        "e.given_on desc, e.id", Map.of("patient", patientId), paging)
                .map(VaccinationView::of);
    }
}
