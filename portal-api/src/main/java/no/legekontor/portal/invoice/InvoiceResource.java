package no.legekontor.portal.invoice;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/invoices")
@Tag(name = "Invoices", description = "Receipts and invoices for answered e-consultations and attended appointments "
        + "(R12): 0 NOK for children under 16, due 14 days after issue, paid with the KID")
@Authenticated
@PatientAccess
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    PatientCaller caller;

    @Inject
    InvoiceService invoices;

    @GET
    @Audited(AuditedResource.INVOICE)
    @Operation(operationId = "listInvoices", summary = "The patient's receipts and invoices, newest first")
    @APIResponse(responseCode = "200", description = "A page of invoices (items, total)")
    @APIResponse(responseCode = "400", description = "`validation-failed`: page or size out of range, "
            + "or On-Behalf-Of not a national id")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    public Page<InvoiceViews.InvoiceView> list(@BeanParam @Valid PageRequest paging) {
        return invoices.list(caller.subject().id, paging);
    }

    @GET
    @Path("/{id}")
    @Audited(AuditedResource.INVOICE)
    @Operation(operationId = "getInvoice", summary = "One invoice as a receipt",
            description = "Clinic name and organisation number, service, date of service, amount, due date, KID "
                    + "and status.")
    @APIResponse(responseCode = "200", description = "The receipt")
    @APIResponse(responseCode = "400", description = PatientAccess.INVALID_ON_BEHALF_OF)
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    @APIResponse(responseCode = "404", description = "`not-found`: no such invoice of this patient")
    public InvoiceViews.InvoiceView get(@PathParam("id") UUID id) {
        return invoices.get(caller.subject().id, id);
    }
}
