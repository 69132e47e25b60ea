package no.legekontor.portal.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.portal.integration.PractitionerService;
import no.legekontor.portal.invoice.InvoiceService;
import org.jboss.logging.Logger;

/**
 * Loads the demo clinics, staff and patients (docs/rules.md, the demo people) when {@code portal.demo-data} is on.
 * Not a Flyway migration: Flyway's locations are fixed when the application is built, and the
 * same build runs in prod, where there must be no demo data.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String SCRIPT = "demo/demo-data.sql";
    /** Kari's attended appointment with Lise Berg last month (in the script). */
    static final UUID KARIS_ATTENDED_APPOINTMENT = UUID.fromString("00000000-0000-4000-a100-000000000001");

    @Inject
    PortalConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    InvoiceService invoices;

    @Inject
    PractitionerService practitioners;

    void load(@Observes StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script());
            LOG.info("Demo data loaded (portal.demo-data=true)");
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the demo data failed", e);
        }
        // The inbox admits staff only as the portal's practitioner events say: the script wrote the demo
        // staff directly (not yet announced, at a raised revision), so they are announced now.
        practitioners.announcePending();
        // Her invoice comes the way every attended appointment's does, once: a restart finds it.
        invoices.appointmentAttended(KARIS_ATTENDED_APPOINTMENT);
    }

    private static String script() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
