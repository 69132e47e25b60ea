package no.legekontor.portal.notification;

import static no.legekontor.portal.support.Api.as;
import static no.legekontor.portal.support.Api.asPatient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.support.Accounts;
import no.legekontor.shared.event.Topics;
import no.legekontor.shared.identity.NationalId;

/** What the notification tests look at: the person's list, the gateway's topic, the stored rows. */
final class NotificationChecks {

    private NotificationChecks() {
    }

    /** A new adult with full access and the given channels, confirmed as of the application's clock. */
    static String readyAdultNotifiedBy(String name, boolean sms, boolean email) {
        String id = Accounts.register(name, LocalDate.of(1981, 3, 3));
        profile(id, sms, email);
        Accounts.chooseFullAccess(id);
        return id;
    }

    /** The person's notifications of one kind, as listed (newest first). */
    static List<Map<String, Object>> listed(String nationalId, String kind) {
        return asPatient(nationalId).queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
                .extract().path("items.findAll { it.kind == '" + kind + "' }");
    }

    /**
     * The gateway's events of one notification (keyed by its id): all of them, once at least
     * {@code atLeast} have arrived or 30 s have passed.
     */
    static List<TopicClient.Received> published(Object notificationId, int atLeast) {
        TopicClient topic = new TopicClient(KafkaBrokerResource.broker().bootstrapServers());
        if (atLeast > 0) {
            topic.readUntil(Topics.PORTAL_NOTIFICATIONS, r -> notificationId.toString().equals(r.key()),
                    found -> found.size() >= atLeast, Duration.ofSeconds(30));
        }
        return topic.readAll(Topics.PORTAL_NOTIFICATIONS, r -> notificationId.toString().equals(r.key()));
    }

    /**
     * Events of the notification waiting in the outbox. A notification's events commit with it, and
     * the relay deletes one only after Kafka has it: none here and none on the topic afterwards means
     * none was ever written.
     */
    static long inOutbox(Object notificationId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Patient.getEntityManager()
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, UUID.fromString(notificationId.toString()))
                .getSingleResult()).longValue());
    }

    /** The stored notifications addressed to the person (read directly: the list needs a confirmed profile). */
    static List<Notification> stored(String nationalId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = Patient.byNationalId(NationalId.parse(nationalId)).orElseThrow().id;
            return Notification.<Notification>list("recipientId", id);
        });
    }

    /** The words of a text, lower case: letters only, so "eksem." and "Eksem" are one word. */
    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    /** Confirms the profile with the given channels, through the public API. */
    static void profile(String nationalId, boolean sms, boolean email) {
        as(DevTokens.patient(nationalId))
                .body(Map.of("mobile", "+4791111111", "email", "varsel@example.no", "notifyBySms", sms,
                        "notifyByEmail", email))
                .put("/api/v1/me/profile").then().statusCode(200);
    }
}
