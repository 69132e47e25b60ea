package no.legekontor.portal.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the access log, in the shape of every list (items, total, page, size) and with
 * {@code next}, the position to ask for the page after it (absent on the last page).
 */
@Schema(name = "AuditLogPage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogPage(List<AuditEntry> items, long total, int page, int size,
        @Schema(description = "Pass as `after` for the next page; absent on the last") String next) {
}
