package no.legekontor.portal.invoice;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.integration.IntegrationResource;
import no.legekontor.portal.security.IntegrationAccess;
import no.legekontor.portal.security.IntegrationCaller;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Clinic systems (EPJ) read their clinic's invoices and mark them paid (R12). */
@Path("/api/v1/integration/invoices")
@Tag(name = "Clinic integration")
@Authenticated
@IntegrationAccess
@Produces(MediaType.APPLICATION_JSON)
public class ClinicInvoiceResource {

    @Inject
    IntegrationCaller caller;

    @Inject
    ClinicInvoiceService invoices;

    @GET
    @Audited(AuditedResource.INVOICE)
    @Operation(operationId = "listClinicInvoices", summary = "The clinic's invoices, newest first",
            description = "To find the invoice a payment with a KID settles, or those still unpaid.")
    @APIResponse(responseCode = "200", description = "A page of invoices (items, total)")
    @APIResponse(responseCode = "400", description = "`validation-failed`: page or size out of range, status not "
            + "UNPAID or PAID, or kid not 2 to 25 digits")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = IntegrationResource.FORBIDDEN)
    public Page<InvoiceViews.ClinicInvoice> listClinicInvoices(
            @Parameter(description = "Only invoices with this status",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"UNPAID", "PAID"}))
            @QueryParam("status") @Pattern(regexp = "UNPAID|PAID") String status,
            @Parameter(description = "Only the invoice with this KID", example = "0000010017")
            @QueryParam("kid") @Pattern(regexp = "[0-9]{2,25}") String kid,
            @BeanParam @Valid PageRequest paging) {
        return invoices.list(caller.clinicOrg(), status == null ? null : Invoice.Status.valueOf(status), kid,
                paging);
    }

    @POST
    @Path("/{id}/payment")
    @Operation(operationId = "markInvoicePaid", summary = "Mark one of the clinic's invoices paid",
            description = "Idempotent: marking a paid invoice paid again changes nothing and answers it as it is "
                    + "(paidAt stays the first time's).")
    @APIResponse(responseCode = "200", description = "PAID; the invoice")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = IntegrationResource.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such invoice at the caller's clinic")
    public InvoiceViews.ClinicInvoice markInvoicePaid(@PathParam("id") UUID id) {
        return invoices.markPaid(caller.clinicOrg(), id);
    }
}
