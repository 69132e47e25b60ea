package no.legekontor.inbox.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import no.legekontor.support.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * Every operation that creates (can answer 201) takes an Idempotency-Key: the contract declares the
 * header on exactly those (service-support's IdempotencyContract), so exactly those are {@link Idempotent}.
 */
class CreatingOperationsTest {

    @Test
    void everyOperationThatCreatesIsIdempotentAndNoOther() {
        List<Method> methods = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.legekontor.inbox").stream()
                .filter(type -> type.isAnnotatedWith(jakarta.ws.rs.Path.class))
                .map(JavaClass::reflect)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .toList();
        assertThat(methods).filteredOn(CreatingOperationsTest::creates).isNotEmpty()
                .allSatisfy(method -> assertThat(method.isAnnotationPresent(Idempotent.class)).as(method.toString()).isTrue());
        assertThat(methods).filteredOn(method -> !creates(method))
                .allSatisfy(method -> assertThat(method.isAnnotationPresent(Idempotent.class)).as(method.toString()).isFalse());
    }

    private static boolean creates(Method method) {
        return Arrays.stream(method.getAnnotationsByType(APIResponse.class)).anyMatch(r -> r.responseCode().equals("201"));
    }
}
