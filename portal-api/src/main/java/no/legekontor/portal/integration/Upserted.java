package no.legekontor.portal.integration;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** How every integration upsert answers: 201 with the new record's address in Location, else 200. */
public final class Upserted {

    private Upserted() {
    }

    /**
     * @param path where the record can be read, under the base URI, e.g. {@code api/v1/integration/slots/{id}}
     * @param id   the value of the path's one template
     */
    public static Response answer(RegistrationService.Outcome<?> outcome, UriInfo uri, String path, Object id) {
        if (!outcome.created()) {
            return Response.ok(outcome.value()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path(path).build(id)).entity(outcome.value()).build();
    }
}
