package no.legekontor.portal.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.account.AccountViews;
import no.legekontor.portal.account.AccountViews.Gp;
import no.legekontor.portal.account.GeneralPractitioner;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.integration.RegistrationService.Outcome;
import no.legekontor.portal.integration.UnknownGp;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.problem.InvalidInput;
import no.legekontor.support.problem.NotFound;
import no.legekontor.support.time.OsloTime;

/**
 * The GPs' slots: clinic systems push them, patients see the free ones of their own GP (R4). The
 * upsert is one statement, so the same slot sent twice at once leaves one row.
 */
@ApplicationScoped
@Transactional
public class SlotService {

    /** A slot is free while no appointment holds it (cancelled ones do not). */
    static final String FREE = "not exists (select 1 from appointment a where a.slot_id = e.id and a.status = 'BOOKED')";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public Outcome<SlotUpsert.Stored> upsert(String clinicOrg, SlotUpsert request) {
        GeneralPractitioner gp = GeneralPractitioner.gpAt(clinicOrg, request.gpHpr()).orElseThrow(UnknownGp::new);
        if (!request.end().isAfter(request.start())) {
            throw new InvalidInput("end", "not-after-start");
        }
        String externalId = request.externalId().strip();
        Object[] row = NativeSql.<Object[]>write(em, """
                insert into slot (id, clinic_org, external_id, gp_hpr, starts_at, ends_at, online_bookable, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (clinic_org, external_id) do update
                  set gp_hpr = excluded.gp_hpr, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                      online_bookable = excluded.online_bookable, updated_at = excluded.updated_at
                returning id, (xmax = 0) as created""", "slot")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, clinicOrg)
                .setParameter(3, externalId)
                .setParameter(4, gp.hprNumber)
                .setParameter(5, request.start().toInstant())
                .setParameter(6, request.end().toInstant())
                .setParameter(7, request.onlineBookable())
                .setParameter(8, clock.instant())
                .getSingleResult();
        return new Outcome<>(new SlotUpsert.Stored((UUID) row[0], externalId, new Gp(gp.name, gp.hprNumber),
                OsloTime.of(request.start().toInstant()), OsloTime.of(request.end().toInstant()),
                request.onlineBookable()), (Boolean) row[1]);
    }

    /** A slot the clinic pushed; another clinic's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SlotUpsert.Stored get(String clinicOrg, UUID id) {
        Slot slot = Slot.<Slot>findByIdOptional(id).filter(s -> s.clinicOrg.equals(clinicOrg))
                .orElseThrow(NotFound::new);
        return new SlotUpsert.Stored(slot.id, slot.externalId, AccountViews.Gp.of(slot.gpHpr),
                OsloTime.of(slot.startsAt), OsloTime.of(slot.endsAt), slot.onlineBookable);
    }

    /** The free, online-bookable, future slots of the patient's own GP in the range, earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AppointmentViews.FreeSlot> free(Patient patient, DateRange range, PageRequest paging) {
        AccountViews.Gp gp = AccountViews.Gp.of(patient.gpHpr);
        return PagedQuery.page(em, Slot.class, "slot e",
                        "e.gp_hpr = :gp and e.online_bookable and e.starts_at > :now and e.starts_at >= :from"
                                + " and e.starts_at < :to and " + FREE,
                        "e.starts_at, e.id",
                        Map.of("gp", patient.gpHpr, "now", clock.instant(), "from", range.start(), "to", range.end()),
                        paging)
                .map(slot -> AppointmentViews.FreeSlot.of(slot, gp));
    }
}
