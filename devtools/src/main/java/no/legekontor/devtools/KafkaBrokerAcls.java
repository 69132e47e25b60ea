package no.legekontor.devtools;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.legekontor.shared.event.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What each service's principal may do on a {@link KafkaBroker} (the broker denies everything else:
 * {@code allow.everyone.if.no.acl.found=false}): write the topics it produces and its dead-letter
 * topic, read the topic it consumes with its own consumer group only, and create those topics (each
 * service creates its topics at start). The same list is what an operator grants in production
 * (docs/operations.md). Granting is idempotent: it runs on every start.
 */
final class KafkaBrokerAcls {

    private KafkaBrokerAcls() {
    }

    /** Every ACL of the services' principals. */
    static List<AclBinding> bindings() {
        List<AclBinding> acls = new ArrayList<>();
        service(acls, KafkaUser.PORTAL_API, List.of(Topics.PORTAL_REQUESTS, Topics.PORTAL_NOTIFICATIONS),
                Topics.INBOX_EVENTS, "portal-api");
        service(acls, KafkaUser.INBOX_SERVICE, List.of(Topics.INBOX_EVENTS), Topics.PORTAL_REQUESTS, "inbox-service");
        return acls;
    }

    /** Grants {@link #bindings()} with an admin client of the super user; waits for the broker. */
    static void grant(String bootstrapServers) {
        Properties props = KafkaUser.ADMIN.clientProperties(bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createAcls(bindings()).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not grant the services' ACLs on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while granting the services' ACLs", e);
        }
    }

    private static void service(List<AclBinding> acls, KafkaUser user, List<String> produced, String consumed,
            String group) {
        for (String topic : produced) {
            allow(acls, user, ResourceType.TOPIC, topic, AclOperation.WRITE);
            allow(acls, user, ResourceType.TOPIC, topic, AclOperation.CREATE);
        }
        String deadLetters = consumed + ".dlq";
        allow(acls, user, ResourceType.TOPIC, deadLetters, AclOperation.WRITE);
        allow(acls, user, ResourceType.TOPIC, deadLetters, AclOperation.CREATE);
        allow(acls, user, ResourceType.TOPIC, consumed, AclOperation.READ);
        allow(acls, user, ResourceType.TOPIC, consumed, AclOperation.CREATE);
        allow(acls, user, ResourceType.GROUP, group, AclOperation.READ);
    }

    private static void allow(List<AclBinding> acls, KafkaUser user, ResourceType type, String name,
            AclOperation operation) {
        acls.add(new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(user.principal(), "*", operation, AclPermissionType.ALLOW)));
    }
}
