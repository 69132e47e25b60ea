package no.legekontor.inbox.hostile;

import static no.legekontor.devtools.Demo.anneDahlToken;
import static no.legekontor.devtools.Demo.liseBergToken;
import static no.legekontor.inbox.support.StaffCalls.as;
import static no.legekontor.inbox.support.StaffCalls.awaitItem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.HostileInput;
import no.legekontor.devtools.OrderThenName;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.support.messaging.EventCodec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input against every write operation of the committed openapi/inbox-service.yaml (see
 * {@link HostileInput}): never a 5xx, every 4xx problem+json. Runs last in the application the
 * module's tests share (devtools' OrderThenName): the valid tries answer, decide and close items,
 * which other tests count.
 */
@QuarkusTest
@Order(OrderThenName.LAST)
class HostileInputTest {

    /** Script, SQL and every Norwegian letter: text the inbox must store and show exactly as sent. */
    static final String TRICKY_TEXT = "<script>alert('x')</script>'; drop table x;-- æøå ÆØÅ";

    @Inject
    EventCodec codec;

    @TestFactory
    Stream<DynamicTest> everyWriteOperationAnswersHostileInputWithAProblemAndNever5xx() {
        PortalSide portal = new PortalSide(codec);
        String[] items = arrived(portal, PortalSide.econsultation(), renewal(),
                PortalSide.request(RequestType.OFFICE_MESSAGE, "Attest", inAWeek(), false));
        // Closed items take no answer or decision: closing has items of its own.
        String[] toClose = arrived(portal, PortalSide.econsultation(), renewal());
        // A renewal is decided once: enough of them for a tenth of the valid decisions to get through.
        String[] toDecide = arrived(portal, Stream.generate(HostileInputTest::renewal).limit(10)
                .toArray(RequestSubmitted[]::new));
        AtomicInteger calls = new AtomicInteger();
        return HostileInput.of("inbox-service", URI.create("http://localhost:" + port()))
                // The GP may do everything; office staff are refused some of it, also as a problem.
                .token("helseidStaff", () -> calls.incrementAndGet() % 4 == 0 ? anneDahlToken() : liseBergToken())
                .pathValues("/api/v1/inbox/{id}/claim", items)
                .pathValues("/api/v1/inbox/{id}/close", toClose)
                .pathValues("/api/v1/inbox/{id}/decision", toDecide)
                .bodyValues("validUntil", LocalDate.now().plusYears(1).toString(), LocalDate.now().plusMonths(6).toString())
                .pathValues("/api/v1/inbox/{id}/replies", items)
                .tries(100)
                .dynamicTests();
    }

    @Test
    void scriptSqlAndNorwegianLettersAreStoredAndReturnedExactly() {
        PortalSide portal = new PortalSide(codec);
        RequestSubmitted request = PortalSide.request(RequestType.E_CONSULTATION, TRICKY_TEXT, inAWeek(), false);
        portal.submit(request);
        String item = awaitItem(request.conversationId());
        as(liseBergToken()).body(Map.of("body", TRICKY_TEXT)).post("/api/v1/inbox/" + item + "/replies").then()
                .statusCode(201);
        as(liseBergToken()).get("/api/v1/inbox/" + item).then()
                .statusCode(200)
                .body("subject", equalTo(TRICKY_TEXT))
                .body("replies[0].body", equalTo(TRICKY_TEXT));
    }

    private static String[] arrived(PortalSide portal, RequestSubmitted... requests) {
        return Stream.of(requests).map(request -> {
            portal.submit(request);
            return awaitItem(request.conversationId());
        }).toArray(String[]::new);
    }

    private static RequestSubmitted renewal() {
        RequestSubmitted template = PortalSide.request(RequestType.PRESCRIPTION_RENEWAL, "Fornyelse", inAWeek(), false);
        LocalDate today = LocalDate.now();
        return new RequestSubmitted(template.conversationId(), template.requestType(), template.subject(), template.body(),
                template.submittedAt(), template.replyDueBy(), false, template.patient(), template.submittedBy(),
                Demo.LISE_BERG_HPR, null, null, new RequestSubmitted.Prescription(UUID.randomUUID(),
                        "Levaxin 50 mikrog tablett", "1 tablett om morgenen", today.minusYears(1), today.plusDays(10),
                        Demo.LISE_BERG_HPR), null);
    }

    private static OffsetDateTime inAWeek() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).plusDays(7);
    }

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }
}
