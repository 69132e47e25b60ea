package no.legekontor.portal.architecture;

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
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.legekontor.portal.config.PortalConfig;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portal's layering, as a test (docs/architecture.md): its packages form no cycle,
 * the packages many features build on use only the packages below them, the portal never uses the
 * inbox service's code, and its resources reach the database only through services.
 */
class LayeringTest {

    private static final String PORTAL_PACKAGE = "no.legekontor.portal.";

    /**
     * The packages that features build on, and the portal packages each may use: the people and
     * clinics ({@code account}) and the settings use none; the caller ({@code security}) is found
     * from the account, never the other way; the access log knows callers; the conversation and
     * the notifications build on those. The features above (appointment, invoice, prescription,
     * ...) may use any package below them, held by {@link #packagesFormNoCycle}.
     */
    static final Map<String, Set<String>> MAY_USE = Map.of(
            "config", Set.of(),
            "account", Set.of(),
            "security", Set.of("account", "config"),
            "audit", Set.of("account", "security"),
            "deadline", Set.of("config", "security"),
            "integration", Set.of("account", "audit", "config", "security"),
            "conversation", Set.of("account", "audit", "config", "deadline", "security"),
            "notification", Set.of("account", "audit", "config", "conversation", "security"));

    /** portal-api's own classes, not its tests' nor the generated client's (no.legekontor.portal.client). */
    private static final JavaClasses PORTAL = new ClassFileImporter().importPath(classesOf(PortalConfig.class));

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
        slices().matching("no.legekontor.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    static Stream<String> lowerPackages() {
        return MAY_USE.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lowerPackages")
    void lowerPackageUsesOnlyThePackagesBelowIt(String name) {
        Set<String> allowed = MAY_USE.get(name);
        noClasses().that().resideInAPackage(PORTAL_PACKAGE + name + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "reside in a portal package other than " + name + " and " + allowed,
                        target -> {
                            String pkg = target.getPackageName();
                            if (!pkg.startsWith(PORTAL_PACKAGE)) {
                                return false;
                            }
                            String top = pkg.substring(PORTAL_PACKAGE.length()).split("\\.")[0];
                            return !top.equals(name) && !allowed.contains(top);
                        }))
                .check(PORTAL);
    }

    @Test
    void portalNeverUsesTheInboxServicesCode() {
        noClasses().should().dependOnClassesThat().resideInAPackage("no.legekontor.inbox..").check(PORTAL);
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughServices() {
        noClasses().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(Session.class)
                .orShould().callMethodWhere(ENTITY_QUERY_OR_WRITE)
                .check(PORTAL);
    }
}
