package no.legekontor.portal.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A clinic's request to take over a patient registered at another clinic (R15): it moves the person
 * only once the person, or for a child under 16 a current guardian, accepts it; it lapses
 * {@link #LAPSES_AFTER} after it was made. Its transitions check their own preconditions; every
 * writer holds the patient's row lock first.
 */
@Entity
@Table(name = "transfer")
public class Transfer extends PanacheEntityBase {

    /** How long a request waits for an answer (R15). */
    public static final Duration LAPSES_AFTER = Duration.ofDays(14);

    @Id
    public UUID id;

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "from_clinic", columnDefinition = "bpchar")
    public String fromClinic;

    @Column(name = "to_clinic", columnDefinition = "bpchar")
    public String toClinic;

    @Column(name = "gp_hpr")
    public String gpHpr;

    public String name;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public UUID answeredBy;

    /** Where a request stands. */
    public enum Status {
        /** Waiting for the person's answer. */
        PENDING,
        /** Accepted: the person moved. */
        ACCEPTED,
        /** Declined: the person stays. */
        DECLINED,
        /** Replaced by a newer request before it was answered. */
        WITHDRAWN,
        /** Not answered within 14 days. */
        LAPSED
    }

    /** A new request, pending from {@code at}. */
    public static Transfer request(Patient person, String toClinic, String gpHpr, String name, Instant at) {
        Transfer transfer = new Transfer();
        transfer.id = UUID.randomUUID();
        transfer.patientId = person.id;
        transfer.fromClinic = person.clinicOrg;
        transfer.toClinic = toClinic;
        transfer.gpHpr = gpHpr;
        transfer.name = name;
        transfer.requestedAt = at;
        transfer.expiresAt = at.plus(LAPSES_AFTER);
        transfer.status = Status.PENDING;
        return transfer;
    }

    /** The status as of {@code now}: a pending request past its time has lapsed. */
    public Status statusAt(Instant now) {
        return status == Status.PENDING && !now.isBefore(expiresAt) ? Status.LAPSED : status;
    }

    /** Accepted by {@code by} (the person or a guardian); true when this call accepted it (not before). */
    public boolean accept(UUID by, Instant at) {
        return answer(Status.ACCEPTED, by, at);
    }

    /** Declined by {@code by}; true when this call declined it. */
    public boolean decline(UUID by, Instant at) {
        return answer(Status.DECLINED, by, at);
    }

    /** Closed by a newer request: lapsed if its time was up, else withdrawn. */
    public void close(Instant at) {
        status = statusAt(at) == Status.LAPSED ? Status.LAPSED : Status.WITHDRAWN;
    }

    private boolean answer(Status answer, UUID by, Instant at) {
        Status now = statusAt(at);
        if (now == answer) {
            return false;
        }
        if (now == Status.LAPSED) {
            throw new TransferClosed(true);
        }
        if (now != Status.PENDING) {
            throw new TransferClosed(false);
        }
        status = answer;
        answeredAt = at;
        answeredBy = by;
        return true;
    }

    /** The person's pending request, locked (the caller holds the patient's row lock). */
    public static Optional<Transfer> pendingFor(UUID patientId) {
        return find("patientId = ?1 and status = ?2", patientId, Status.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
