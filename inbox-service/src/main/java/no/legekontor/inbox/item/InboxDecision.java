package no.legekontor.inbox.item;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.shared.event.DecisionMade;

/** A GP's decision on a renewal or a sick-leave extension (R14); at most one per item. */
@Entity
@Table(name = "inbox_decision")
public class InboxDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_id")
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    public DecisionMade.Outcome outcome;

    public String reason;

    /** Approved renewals: the new prescription's last valid day. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** Approved extensions: the sick note's new last day. */
    @Column(name = "to_date")
    public LocalDate toDate;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_by_hpr")
    public String decidedByHpr;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static InboxDecision of(UUID itemId) {
        return find("itemId", itemId).firstResult();
    }
}
