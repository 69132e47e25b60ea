package no.legekontor.portal.security;

import static no.legekontor.devtools.AuthorizationMatrix.Expect.answered;
import static no.legekontor.devtools.AuthorizationMatrix.Expect.refused;
import static no.legekontor.devtools.AuthorizationMatrix.Expect.refusedWithOneOf;
import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.FJORD_CLINIC;
import static no.legekontor.devtools.Demo.INGRID;
import static no.legekontor.devtools.Demo.JONAS;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.LISE_BERG_HPR;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import no.legekontor.devtools.ApiOperations;
import no.legekontor.devtools.ApiOperations.Operation;
import no.legekontor.devtools.AuthorizationMatrix;
import no.legekontor.devtools.AuthorizationMatrix.Case;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.portal.support.Api;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the committed openapi/portal-api.yaml and portal-api-clinic-system.yaml refuses every caller it must: bad
 * tokens with 401, the wrong kind of token, BankID below level 4, a guardian without (or no longer
 * with) the right to act for a child with 403, and another patient's or another clinic's records
 * with 404; as problem+json, never 2xx, never 500. The callers follow from each operation's security
 * scheme, its On-Behalf-Of header and its path parameters, so a new endpoint is covered as it is.
 * Path parameters are Demo Legesenter's records in the demo data (docs/rules.md, the demo people), or a random id.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String PATIENT_API = "idporten";
    static final String INTEGRATION_API = "helseidClinicSystem";

    /** Kari's records at Demo Legesenter in the demo data, by the collection a path names them in. */
    static final Map<String, String> DEMO_RECORDS = Map.of(
            "appointments", "00000000-0000-4000-a100-000000000001",
            "patients", "00000000-0000-4000-8000-000000000001",
            "guardianships", "00000000-0000-4000-9000-000000000001",
            "practitioners", LISE_BERG_HPR,
            "prescriptions", "00000000-0000-4000-a000-000000000001",
            "sick-notes", "00000000-0000-4000-b000-000000000001",
            "slots", "00000000-0000-4000-a000-000000000001",
            "vaccinations", "00000000-0000-4000-a100-000000000001");

    /** Body fields that name a person or a practitioner, set to Demo Legesenter's. */
    static final Map<String, String> DEMO_PEOPLE = Map.of(
            "nationalId", KARI, "guardianNationalId", KARI, "childNationalId", EMMA,
            "gpHpr", LISE_BERG_HPR, "prescriberHpr", LISE_BERG_HPR, "hprNumber", LISE_BERG_HPR);

    @TestFactory
    Stream<DynamicContainer> everyOperationRefusesEveryCallerItMust() {
        Map<String, String> records = new HashMap<>(DEMO_RECORDS);
        records.put("conversations", Api.submitEConsultation(KARI));
        records.put("invoices", Api.asPatient(KARI).get("/api/v1/invoices").then().statusCode(200).extract()
                .path("items[0].id"));
        records.put("transfers", Api.as(DevTokens.integration(FJORD_CLINIC))
                .body(Map.of("nationalId", KARI, "name", "Kari Nordmann", "gpHpr", Demo.NILS_FJELL_HPR,
                        "transfer", true))
                .post("/api/v1/integration/patients").then().statusCode(202).extract().path("id"));
        return AuthorizationMatrix.tests(ApiOperations.of("portal-api", "portal-api-clinic-system"), operation -> cases(operation, records));
    }

    private static List<Case> cases(Operation operation, Map<String, String> records) {
        Function<String, String> demo = AuthorizationMatrix.knownRecords(operation, records);
        boolean addressesARecord = !operation.pathParameters().isEmpty();
        boolean ownRecordKnown = operation.pathParameters().stream()
                .allMatch(name -> records.containsKey(operation.collectionOf(name)));
        boolean control = addressesARecord && ownRecordKnown && operation.method().equals("GET");
        List<Case> cases = new ArrayList<>();
        if (PATIENT_API.equals(operation.scheme())) {
            cases.addAll(AuthorizationMatrix.badTokens(() -> DevTokens.patientClaims(KARI, DevTokens.ACR_HIGH), demo));
            cases.add(new Case("ID-porten level 3 (BankID for online banking only)",
                    DevTokens.patient(KARI, "idporten-loa-substantial"), demo,
                    refused(403, "insufficient-assurance-level")));
            cases.add(new Case("a clinic system's token", DevTokens.integration(DEMO_CLINIC), demo,
                    refused(403, "wrong-token-kind")));
            cases.add(new Case("a GP's token for the inbox", Demo.liseBergToken(), demo,
                    refused(401, "token-invalid")));
            if (operation.onBehalfOf()) {
                cases.add(new Case("another patient On-Behalf-Of a child not hers (Ingrid for Emma)",
                        DevTokens.patient(INGRID), demo, refused(403, "not-representing"))
                        .withHeader("On-Behalf-Of", EMMA));
                cases.add(new Case("guardian of a child who is 16 (Kari for Jonas)", DevTokens.patient(KARI), demo,
                        refused(403, "proxy-access-ended")).withHeader("On-Behalf-Of", JONAS));
            }
            if (addressesARecord) {
                cases.add(new Case("another patient's record (Ingrid on Kari's)", DevTokens.patient(INGRID), demo,
                        refused(404, "not-found")));
            }
            if (control) {
                cases.add(new Case("Kari on her own record (control)", DevTokens.patient(KARI), demo, answered(200)));
            }
        } else if (INTEGRATION_API.equals(operation.scheme())) {
            cases.addAll(AuthorizationMatrix.badTokens(() -> DevTokens.integrationClaims(DEMO_CLINIC), demo));
            cases.add(new Case("a patient's token", DevTokens.patient(KARI), demo, refused(403, "wrong-token-kind")));
            cases.add(new Case("a GP's token for the inbox", Demo.liseBergToken(), demo,
                    refused(401, "token-invalid")));
            cases.add(new Case("HelseID without the scope portal:integration",
                    DevTokens.sign(DevTokens.integrationClaims(DEMO_CLINIC).claim("scope", "openid")), demo,
                    refused(403, "wrong-token-kind")));
            if (addressesARecord) {
                cases.add(new Case("the clinic system of another clinic (Fjord) on Demo Legesenter's record",
                        DevTokens.integration(FJORD_CLINIC), demo, refused(404, "not-found")));
            } else if (operation.body() != null) {
                cases.add(new Case("the clinic system of another clinic (Fjord) naming Demo Legesenter's people",
                        DevTokens.integration(FJORD_CLINIC), demo, refusedWithOneOf(Set.of(404, 409, 422)))
                        .withBody(DEMO_PEOPLE));
            }
            if (control) {
                cases.add(new Case("Demo Legesenter's own clinic system (control)", DevTokens.integration(DEMO_CLINIC),
                        demo, answered(200)));
            }
        } else {
            throw AuthorizationMatrix.unexpectedScheme(operation);
        }
        return cases;
    }
}
