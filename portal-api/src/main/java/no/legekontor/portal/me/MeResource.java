package no.legekontor.portal.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.legekontor.portal.account.AccountViews;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The logged-in person's own account. These endpoints stay open when the profile is due for
 * confirmation (that is where it is confirmed) and always concern the caller, never a child.
 */
@Path("/api/v1/me")
@Tag(name = "Account", description = "The logged-in person's own account: profile, access level, children")
@Authenticated
@PatientAccess(PatientAccess.Kind.ACCOUNT)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    PatientCaller caller;

    @Inject
    AccountService accounts;

    @GET
    @Audited(AuditedResource.PATIENT)
    @Operation(operationId = "getMe",
            summary = "Who I am: access level, profile and when it must be confirmed, GP and clinic, children")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_ACCOUNT)
    public AccountViews.Me me() {
        return accounts.me(caller);
    }

    @PUT
    @Path("/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmProfile",
            summary = "Update and confirm contact details and notification settings (every 18 months)")
    @APIResponse(responseCode = "200", description = "The account with the confirmed profile")
    @APIResponse(responseCode = "400", description = "`validation-failed`: mobile or e-mail invalid or missing"
            + "; `malformed-request`: the body is not JSON of this shape")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_ACCOUNT)
    public AccountViews.Me updateProfile(@Valid @NotNull ProfileRequest request) {
        return accounts.updateProfile(caller, request);
    }

    @PUT
    @Path("/access-level")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setAccessLevel",
            summary = "Choose BASIS or FULL access; FULL needs consent and allows sending to the clinic")
    @APIResponse(responseCode = "200", description = "The account with the new access level")
    @APIResponse(responseCode = "400", description = "`validation-failed`: level missing; "
            + "`malformed-request`: the body is not JSON of this shape")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_ACCOUNT)
    @APIResponse(responseCode = "422", description = "`consent-required`: FULL without consent")
    public AccountViews.Me setAccessLevel(@Valid @NotNull AccessLevelRequest request) {
        return accounts.setAccessLevel(caller, request);
    }
}
