package no.legekontor.inbox.security;

import static no.legekontor.devtools.AuthorizationMatrix.Expect.answered;
import static no.legekontor.devtools.AuthorizationMatrix.Expect.refused;
import static no.legekontor.devtools.Demo.DEMO_CLINIC;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import no.legekontor.devtools.ApiOperations;
import no.legekontor.devtools.ApiOperations.Operation;
import no.legekontor.devtools.AuthorizationMatrix;
import no.legekontor.devtools.AuthorizationMatrix.Case;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.inbox.support.StaffCalls;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the committed openapi/inbox-service.yaml refuses every caller it must: bad
 * tokens and tokens for portal-api with 401, a HelseID token without a staff role with 403, office
 * staff on a GP's action (an operation whose 403 names {@code gp-required}) with 403, a staff token
 * whose HPR number is not a practitioner of its clinic with 403 {@code not-a-practitioner}, and staff
 * of another clinic with 404; as problem+json, never 2xx, never 500. The callers follow from each
 * operation in the document, so a new endpoint is covered as it is. An item's id is a prescription
 * renewal of Kari's in Demo Legesenter's inbox (a GP's item), or a random id.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String STAFF_API = "helseidStaff";

    @Inject
    EventCodec codec;

    @TestFactory
    Stream<DynamicContainer> everyOperationRefusesEveryCallerItMust() {
        String renewal = renewalInDemoLegesentersInbox();
        Map<String, String> records = Map.of("inbox", renewal);
        return AuthorizationMatrix.tests(ApiOperations.of("inbox-service"), operation -> cases(operation, records));
    }

    private static List<Case> cases(Operation operation, Map<String, String> records) {
        List<Case> cases = new ArrayList<>();
        if (!STAFF_API.equals(operation.scheme())) {
            throw AuthorizationMatrix.unexpectedScheme(operation);
        }
        Function<String, String> demo = AuthorizationMatrix.knownRecords(operation, records);
        boolean addressesAnItem = !operation.pathParameters().isEmpty();
        cases.addAll(AuthorizationMatrix.badTokens(
                () -> DevTokens.staffClaims(Demo.LISE_BERG_HPR, "gp", DEMO_CLINIC, Demo.LISE_BERG), demo));
        cases.add(new Case("a patient's token (ID-porten, for portal-api)", DevTokens.patient(Demo.KARI), demo,
                refused(401, "token-invalid")));
        cases.add(new Case("a clinic system's token (for portal-api)", DevTokens.integration(DEMO_CLINIC), demo,
                refused(401, "token-invalid")));
        cases.add(new Case("a HelseID token for the inbox without a staff role",
                DevTokens.sign(DevTokens.integrationClaims(DEMO_CLINIC).audience(DevTokens.INBOX_AUDIENCE)), demo,
                refused(403, "wrong-token-kind")));
        cases.add(new Case("a staff token of an HPR number no clinic registered",
                DevTokens.staff("9199992", "gp", DEMO_CLINIC, "Ukjent Lege"), demo, refused(403, "not-a-practitioner")));
        cases.add(new Case("Lise Berg's HPR number claiming Fjord Legekontor",
                DevTokens.staff(Demo.LISE_BERG_HPR, "gp", Demo.FJORD_CLINIC, Demo.LISE_BERG), demo,
                refused(403, "not-a-practitioner")));
        if (operation.forbiddenCodes().contains("gp-required")) {
            cases.add(new Case("office staff on a GP's action (Anne Dahl)", Demo.anneDahlToken(), demo,
                    refused(403, "gp-required")));
        }
        if (addressesAnItem) {
            cases.add(new Case("staff of another clinic (Nils Fjell, Fjord Legekontor)", Demo.nilsFjellToken(), demo,
                    refused(404, "not-found")));
        }
        if (addressesAnItem && operation.method().equals("GET")) {
            cases.add(new Case("Lise Berg on her clinic's item (control)", Demo.liseBergToken(), demo, answered(200)));
        }
        return cases;
    }

    private String renewalInDemoLegesentersInbox() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.toLocalDate();
        RequestSubmitted renewal = new RequestSubmitted(UUID.randomUUID(), RequestType.PRESCRIPTION_RENEWAL,
                "Fornyelse", "Tar fortsatt én tablett om morgenen.", now, now.plusDays(7), false, PortalSide.KARI,
                PortalSide.KARI, Demo.LISE_BERG_HPR, null, null,
                new RequestSubmitted.Prescription(UUID.randomUUID(), "Levaxin 50 mikrog tablett", "1 tablett om morgenen",
                        today.minusYears(1), today.plusDays(10), Demo.LISE_BERG_HPR), null);
        new PortalSide(codec).submit(renewal);
        return StaffCalls.awaitItem(renewal.conversationId());
    }
}
