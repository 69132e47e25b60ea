package no.legekontor.support.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import no.legekontor.support.problem.InvalidInput;

/**
 * An {@link Idempotent} operation with an {@code Idempotency-Key} header (IETF httpapi draft) runs
 * once per caller and key: {@link IdempotentCalls} runs it in one transaction with the key, or
 * answers the stored answer again. Without the header the operation runs as always. Runs after the
 * access interceptors (the caller is known, refusals come first) and before the audit's.
 *
 * <p>The request is recognised by its fingerprint: the method, the path and the endpoint's
 * arguments as JSON (the body as read, so spacing and field order do not matter), never the
 * {@code @Context} ones.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 5)
public class IdempotencyInterceptor {

    /** The request header (draft-ietf-httpapi-idempotency-key-header). */
    public static final String HEADER = "Idempotency-Key";

    /** The longest key taken. */
    public static final int MAX_LENGTH = 255;

    @Inject
    HttpServerRequest request;

    @Inject
    Instance<IdempotencyCaller> callers;

    @Inject
    IdempotentCalls calls;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String header = request.getHeader(HEADER);
        if (header == null) {
            return invocation.proceed();
        }
        String key = keyOf(header);
        return calls.once(invocation, callers.get().current(), key, fingerprint(invocation));
    }

    /**
     * The key: visible ASCII and spaces, 1 to 255 characters. The draft sends it as a structured
     * field string, in quotes; clients that leave the quotes out are understood alike.
     */
    static String keyOf(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidInput(HEADER, "idempotency-key", MAX_LENGTH);
        }
        return key;
    }

    private String fingerprint(InvocationContext invocation) throws Exception {
        Parameter[] parameters = invocation.getMethod().getParameters();
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            if (!parameters[i].isAnnotationPresent(Context.class)) {
                arguments.add(invocation.getParameters()[i]);
            }
        }
        String request = this.request.method().name() + " " + this.request.path() + "\n"
                + json.writeValueAsString(arguments);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(sha256.digest(request.getBytes(StandardCharsets.UTF_8)));
    }
}
