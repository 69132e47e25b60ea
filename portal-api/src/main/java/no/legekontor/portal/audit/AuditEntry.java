package no.legekontor.portal.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.legekontor.shared.event.StaffRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a person's access log, as the person (or the guardian, for a child) sees it. */
@Schema(name = "AuditEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(
        OffsetDateTime occurredAt,
        @Schema(description = "Who, as the person reads it: `deg` (the person), a guardian's name, clinic staff by "
                + "name and role, or the clinic's name for its record system", example = "Lise Berg, lege")
        String who,
        Actor actor,
        @Schema(description = "Whom it was done for, when someone acted for the person: the child on a guardian's "
                + "entry", example = "Emma Nordmann")
        String onBehalfOf,
        @Schema(description = "What was done: `<resourceType>.read` (one thing), `<resourceType>.listed` (a page of "
                + "a list), or a change such as `request.submitted` or `reply.posted`", example = "prescription.listed")
        String action,
        @Schema(example = "prescription") String resourceType,
        @Schema(description = "The one thing read or changed; absent for a page of a list") UUID resourceId,
        @Schema(description = "How many times: identical views (the same viewer, action and thing) within 10 "
                + "minutes of the first are one entry", example = "1") int count,
        @Schema(description = "When it was last seen, for an entry that counts more than one view")
        OffsetDateTime lastOccurredAt) {

    /** Who acted, relative to the person whose log it is. */
    @Schema(name = "AuditActorKind")
    public enum ActorKind {
        /** The person. */
        SELF,
        /** A guardian, for the child. */
        GUARDIAN,
        /** Clinic staff, in the clinic's inbox. */
        STAFF,
        /** The clinic's record system (EPJ), through the integration API. */
        CLINIC_SYSTEM
    }

    /** The actor in parts. */
    @Schema(name = "AuditActor")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actor(ActorKind kind,
            @Schema(description = "The person's or staff member's name; the clinic's for its record system",
                    example = "Lise Berg") String name,
            @Schema(description = "Staff: `gp` or `office`", example = "gp") String role,
            @Schema(description = "Staff: the HPR number", example = "9100001") String hprNumber,
            @Schema(description = "A clinic system: the clinic's organisation number") String orgNumber) {
    }

    /** What patients read for a staff role. */
    static String roleName(String role) {
        if (role == null) {
            return null;
        }
        return switch (role) {
            case StaffRole.GP -> "lege";
            case StaffRole.OFFICE -> "helsesekretær";
            default -> role;
        };
    }
}
