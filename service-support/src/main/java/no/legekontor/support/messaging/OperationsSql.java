package no.legekontor.support.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.legekontor.support.persistence.NativeSql;

/**
 * An operator's SQL file under {@code operations/} ({@code ./portal unpark}, {@code redrive} run it
 * with psql), run here the same way: its statements in order, in one transaction. A statement ends
 * with a semicolon at the end of a line; the file's own {@code begin} and {@code commit} are the
 * transaction's.
 */
final class OperationsSql {

    private final String name;
    private final List<String> statements;

    OperationsSql(String name) {
        this.name = name;
        this.statements = Arrays.stream(read(name).split(";\\s*\\n"))
                .map(String::strip)
                .filter(statement -> !withoutComments(statement).isEmpty())
                .filter(statement -> !withoutComments(statement).matches("(?i)(begin|commit)"))
                .toList();
    }

    /** Runs the statements in one new transaction; returns the rows the last one changed. */
    int run(EntityManager em, String... tables) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int changed = 0;
            for (String statement : statements) {
                changed = NativeSql.write(em, statement, tables).executeUpdate();
            }
            return changed;
        });
    }

    List<String> statements() {
        return statements;
    }

    private static String withoutComments(String statement) {
        return statement.lines().filter(line -> !line.strip().startsWith("--")).reduce("", String::concat).strip();
    }

    private static String read(String name) {
        String path = "/operations/" + name + ".sql";
        try (InputStream in = OperationsSql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from service-support");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path + " cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
