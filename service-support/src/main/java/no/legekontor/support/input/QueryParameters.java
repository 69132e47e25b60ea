package no.legekontor.support.input;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.legekontor.support.problem.InvalidInput;

/**
 * Reads the query parameters of the types our list endpoints take (whole numbers, booleans, UUIDs,
 * enums) so that one that cannot be read is 400 {@code validation-failed} naming the parameter.
 * JAX-RS answers a query parameter it cannot convert with 404, which says "no such resource" to a
 * client that only mistyped {@code ?page=abc}. {@code ?overdue=yes} is refused too, where JAX-RS
 * would have read it as false.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        if (name == null) {
            return null;
        }
        Parser parser = parser(rawType);
        return parser == null ? null : (ParamConverter<T>) new Converter(name, parser);
    }

    private static String queryParamName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private static Parser parser(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return new Parser(Integer::valueOf, "integer");
        }
        if (type == long.class || type == Long.class) {
            return new Parser(Long::valueOf, "integer");
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Parser(QueryParameters::bool, "boolean");
        }
        if (type == UUID.class) {
            return new Parser(UUID::fromString, "uuid");
        }
        if (type.isEnum()) {
            return enumParser(type);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Parser enumParser(Class<?> type) {
        Class<? extends Enum> enumType = (Class<? extends Enum>) type;
        String allowed = Arrays.stream(enumType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return new Parser(value -> Enum.valueOf(enumType, value), "one-of", allowed);
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private record Parser(Function<String, Object> parse, String reason, Object... args) {
    }

    private record Converter(String name, Parser parser) implements ParamConverter<Object> {

        @Override
        public Object fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parser.parse().apply(value.strip());
            } catch (RuntimeException e) {
                throw new InvalidInput(name, parser.reason(), parser.args());
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
