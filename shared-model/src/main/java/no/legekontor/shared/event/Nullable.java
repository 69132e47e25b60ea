package no.legekontor.shared.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component of an event that may be {@code null} (or, from an older release, absent); every
 * other component is always there and never {@code null}. The AsyncAPI document
 * ({@code asyncapi/portal-events.yaml}) is generated from the records and says so for each field,
 * and the system tests check every event the services publish against it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Nullable {
}
