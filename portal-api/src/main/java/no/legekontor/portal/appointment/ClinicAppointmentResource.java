package no.legekontor.portal.appointment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.security.IntegrationAccess;
import no.legekontor.portal.security.IntegrationCaller;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Clinic systems (EPJ) read their clinic's online bookings and cancellations and record attendance. */
@Path("/api/v1/integration/appointments")
@Tag(name = "Clinic integration")
@Authenticated
@IntegrationAccess
@Produces(MediaType.APPLICATION_JSON)
public class ClinicAppointmentResource {

    /** One list covers at most this many days. */
    static final int MAX_DAYS = 92;
    static final int DEFAULT_DAYS = 14;

    @Inject
    IntegrationCaller caller;

    @Inject
    ClinicAppointmentService appointments;

    @Inject
    Clock clock;

    @GET
    @Audited(AuditedResource.APPOINTMENT)
    @Operation(operationId = "listClinicAppointments",
            summary = "The clinic's bookings and cancellations whose slot starts in the range, earliest first")
    @APIResponse(responseCode = "200", description = "A page of appointments (items, total)")
    @APIResponse(responseCode = "400", description = "validation-failed: from or to not an ISO date, to before from, "
            + "or more than 92 days")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "forbidden: not a clinic system of ours")
    public Page<AppointmentViews.ClinicAppointment> listClinicAppointments(
            @Parameter(description = "First day (ISO date, Europe/Oslo); default today", example = "2026-12-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last day, included (ISO date); default from + 14 days; at most 92 days in all",
                    example = "2026-12-14")
            @QueryParam("to") String to,
            @BeanParam @Valid PageRequest paging) {
        DateRange range = DateRange.parse(from, to, BusinessCalendar.today(clock), DEFAULT_DAYS, MAX_DAYS);
        return appointments.list(caller.clinicOrg(), range, paging);
    }

    @POST
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(value = AuditedResource.APPOINTMENT, action = "attendance-recorded")
    @Operation(operationId = "recordAttendance", summary = "Record whether the patient came to the appointment",
            description = "Idempotent: sending the same answer again changes nothing. The first `attended: true` "
                    + "issues the appointment's invoice (R12), once.")
    @APIResponse(responseCode = "200", description = "Recorded; the appointment")
    @APIResponse(responseCode = "400", description = "validation-failed: attended missing")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "forbidden: not a clinic system of ours")
    @APIResponse(responseCode = "404", description = "not-found: no such appointment at the caller's clinic")
    @APIResponse(responseCode = "409", description = "appointment-cancelled: the patient cancelled it")
    public AppointmentViews.ClinicAppointment recordAttendance(@PathParam("id") UUID id,
            @Valid @NotNull AttendanceRequest request) {
        return appointments.recordAttendance(caller.clinicOrg(), id, request.attended());
    }
}
