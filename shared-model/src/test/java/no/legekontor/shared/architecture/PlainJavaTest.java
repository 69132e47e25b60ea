package no.legekontor.shared.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import no.legekontor.shared.event.EventEnvelope;
import org.junit.jupiter.api.Test;

/**
 * shared-model holds contracts both services and their tests use (STYLE, "The house"): plain
 * Java and Jackson's annotations, no framework and no service's code.
 */
class PlainJavaTest {

    private static final JavaClasses SHARED = new ClassFileImporter().importPath(classesOf(EventEnvelope.class));

    static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sharedModelUsesNoFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "jakarta..", "javax.persistence..", "io.quarkus..", "org.hibernate..", "io.smallrye..",
                "org.eclipse.microprofile..", "org.apache.kafka..")
                .check(SHARED);
    }

    @Test
    void sharedModelUsesNoServicesCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "no.legekontor.portal..", "no.legekontor.inbox..", "no.legekontor.support..")
                .check(SHARED);
    }
}
