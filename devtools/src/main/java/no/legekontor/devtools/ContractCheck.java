package no.legekontor.devtools;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs a {@link ContractFilter} before every test class, so that each REST Assured call a test
 * makes is checked against the committed contract, without the test asking for it. A module names
 * its documents in its pom ({@code <contract.documents>portal-api,portal-api-clinic-system</contract.documents>}),
 * which surefire passes as the system property {@value #DOCUMENTS}, a JUnit configuration
 * parameter. devtools registers this extension in {@code META-INF/services}; JUnit loads it where
 * extension autodetection is on (quarkus-junit's {@code junit-platform.properties} turns it on,
 * system-tests' own does too). The filter is installed through the test class's own class loader:
 * a {@code @QuarkusTest} class runs in Quarkus' class loader, whose REST Assured is not the one
 * JUnit's loader sees.
 */
public final class ContractCheck implements BeforeAllCallback {

    /** The documents ({@code openapi/<name>.yaml}, comma-separated) the module's tests call. */
    public static final String DOCUMENTS = "legekontor.contract.documents";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String documents = context.getConfigurationParameter(DOCUMENTS).orElse("");
        if (documents.isBlank()) {
            return;
        }
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        try {
            Class.forName(ContractFilter.class.getName(), true, loader).getMethod("install", String.class)
                    .invoke(null, documents);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
