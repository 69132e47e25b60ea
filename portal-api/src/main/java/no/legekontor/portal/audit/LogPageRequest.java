package no.legekontor.portal.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The query of {@code GET /audit-log}: a page size and, for any page after the first, the
 * {@code next} of the page before (a keyset position, not an offset: the log of a person can be
 * long, and each page costs the same however far in it is).
 */
public class LogPageRequest {

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int size;

    @QueryParam("after")
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9_-]+")
    @Schema(description = "The `next` of the page before; absent for the first page")
    public String after;
}
