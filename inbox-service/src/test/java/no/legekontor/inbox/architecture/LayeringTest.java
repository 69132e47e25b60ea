package no.legekontor.inbox.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import java.net.URISyntaxException;
import java.nio.file.Path;
import no.legekontor.inbox.item.InboxService;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * The inbox service's layering, as a test: its feature packages form no cycle (every feature
 * builds on {@code item} and {@code security}), it never uses the portal's code, and its resources
 * reach the database only through services.
 */
class LayeringTest {

    /** inbox-service's own classes, not its tests'. */
    private static final JavaClasses INBOX = new ClassFileImporter().importPath(classesOf(InboxService.class));

    /** A resource querying or writing an entity itself: Panache's static finders and its writes. */
    private static final DescribedPredicate<JavaMethodCall> ENTITY_QUERY_OR_WRITE = DescribedPredicate.describe(
            "a Panache entity's find/list/stream/count/delete/persist/update",
            call -> call.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                    && call.getName().matches("(find|list|stream|count|delete|persist|update).*"));

    static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("no.legekontor.inbox.(*)..").should().beFreeOfCycles().check(INBOX);
    }

    @Test
    void inboxNeverUsesThePortalsCode() {
        noClasses().should().dependOnClassesThat().resideInAPackage("no.legekontor.portal..").check(INBOX);
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughServices() {
        noClasses().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(Session.class)
                .orShould().callMethodWhere(ENTITY_QUERY_OR_WRITE)
                .check(INBOX);
    }
}
