package no.legekontor.portal.appointment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.support.idempotency.Idempotent;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R4: the patient's GP appointments. Urgent matters are for the phone, never booked here. */
@Path("/api/v1/appointments")
@Tag(name = "Appointments", description = "Free slots of the patient's own GP; booking and cancelling (R4)")
@Authenticated
@PatientAccess
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    /** The free-slot list covers at most this many days. */
    static final int MAX_DAYS = 31;
    static final int DEFAULT_DAYS = 14;

    @Inject
    PatientCaller caller;

    @Inject
    SlotService slots;

    @Inject
    AppointmentService appointments;

    @Inject
    Clock clock;

    @GET
    @Path("/slots")
    @Operation(operationId = "listFreeSlots", summary = "Free slots of the patient's own GP that can be booked online",
            description = "Future, online-bookable slots nobody has booked, earliest first.")
    @APIResponse(responseCode = "200", description = "A page of free slots (items, total)")
    @APIResponse(responseCode = "400", description = "validation-failed: from or to not an ISO date, to before from, "
            + "or more than 31 days")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "insufficient-assurance-level, profile-confirmation-required, "
            + "not-registered, not-representing or proxy-access-ended")
    public Page<AppointmentViews.FreeSlot> listFreeSlots(
            @Parameter(description = "First day (ISO date, Europe/Oslo); default today", example = "2026-12-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last day, included (ISO date); default from + 14 days; at most 31 days in all",
                    example = "2026-12-14")
            @QueryParam("to") String to,
            @BeanParam @Valid PageRequest paging) {
        DateRange range = DateRange.parse(from, to, BusinessCalendar.today(clock), DEFAULT_DAYS, MAX_DAYS);
        return slots.free(caller.subject(), range, paging);
    }

    @POST
    @PatientAccess(PatientAccess.Kind.SEND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "bookAppointment", summary = "Book a free slot of the patient's GP",
            description = "Not for urgent matters: urgent: true is refused with the numbers to call.")
    @APIResponse(responseCode = "201", description = "Booked; Location names the appointment",
            content = @Content(schema = @Schema(implementation = AppointmentViews.PatientAppointment.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: slotId missing, reason over 500 characters")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "full-access-required, insufficient-assurance-level, "
            + "profile-confirmation-required, not-registered, not-representing or proxy-access-ended")
    @APIResponse(responseCode = "404", description = "not-found: no such slot")
    @APIResponse(responseCode = "409", description = "slot-taken: someone booked it first; pick another time; "
            + "`booking-limit`: the patient holds 2 future bookings already (R16): cancel one first")
    @APIResponse(responseCode = "422", description = "urgent-not-supported: call instead; slot-not-bookable: "
            + "another GP's slot, kept for the phone, or in the past")
    public Response bookAppointment(@Valid @NotNull BookingRequest request, @Context UriInfo uri) {
        AppointmentViews.PatientAppointment booked = appointments.book(caller, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/appointments/{id}").build(booked.id()))
                .entity(booked)
                .build();
    }

    @GET
    @Audited(AuditedResource.APPOINTMENT)
    @Operation(operationId = "listAppointments", summary = "The patient's appointments, booked and cancelled",
            description = "The latest start first, so upcoming appointments come before past ones.")
    @APIResponse(responseCode = "200", description = "A page of appointments (items, total)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "insufficient-assurance-level, profile-confirmation-required, "
            + "not-registered, not-representing or proxy-access-ended")
    public Page<AppointmentViews.PatientAppointment> listAppointments(@BeanParam @Valid PageRequest paging) {
        return appointments.list(caller.subject().id, paging);
    }

    @DELETE
    @Path("/{id}")
    @PatientAccess(PatientAccess.Kind.SEND)
    @Operation(operationId = "cancelAppointment", summary = "Cancel an appointment before it starts",
            description = "The slot becomes free again. Cancelling a cancelled appointment again answers it unchanged.")
    @APIResponse(responseCode = "200", description = "Cancelled (or was already)",
            content = @Content(schema = @Schema(implementation = AppointmentViews.PatientAppointment.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "full-access-required, insufficient-assurance-level, "
            + "profile-confirmation-required, not-registered, not-representing or proxy-access-ended")
    @APIResponse(responseCode = "404", description = "not-found: no such appointment of this patient")
    @APIResponse(responseCode = "409", description = "appointment-started: too late to cancel online; call the clinic")
    public AppointmentViews.PatientAppointment cancelAppointment(@PathParam("id") UUID id) {
        return appointments.cancel(caller, id);
    }
}
