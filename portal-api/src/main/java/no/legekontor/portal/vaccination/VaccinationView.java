package no.legekontor.portal.vaccination;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vaccine given, as the patient sees it. */
@Schema(name = "Vaccination")
public record VaccinationView(
        UUID id,
        @Schema(example = "Influensavaksine 2026/27") String vaccine,
        LocalDate givenOn,
        @Schema(description = "Who gave it (name or clinic)", example = "Demo Legesenter") String givenBy) {

    static VaccinationView of(Vaccination v) {
        return new VaccinationView(v.id, v.vaccine, v.givenOn, v.givenBy);
    }
}
