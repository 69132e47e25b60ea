package no.legekontor.support.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * A field of an HTTP answer that has no value is absent, never {@code null} (in maps too): the
 * documents declare no field nullable and require none that can lack a value, so a client
 * generated with strict types reads an absent field as "not set" ({@code attended?: boolean} in
 * TypeScript, {@code null} in Java) and never meets a {@code null} its types forbid. One rule for
 * every answer of both services, so a new view cannot leak a {@code null}. Only the REST layer's
 * mapper: events keep their fields as the shared-model records write them.
 */
@Provider
public class AbsentNotNull implements ContextResolver<ObjectMapper> {

    private final ObjectMapper answers;

    @Inject
    public AbsentNotNull(ObjectMapper mapper) {
        this.answers = answersOf(mapper);
    }

    /** {@code mapper}'s settings, writing no field without a value: how every answer is written. */
    public static ObjectMapper answersOf(ObjectMapper mapper) {
        return mapper.copy().setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return answers;
    }
}
