package no.legekontor.devtools;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * Test classes by their {@link Order} (a class without one sits at {@link Order#DEFAULT}), then by
 * name, so the order is the same on every machine. A class that changes data others count runs
 * last ({@code @Order(LAST)}) in the application they share, instead of in an application (a
 * {@code @TestProfile}, a restart) of its own; the README walk-through runs first. Set as Quarkus's
 * secondary orderer (the root pom's Surefire configuration), which keeps each test profile's classes
 * together, and as the system tests' orderer.
 */
public final class OrderThenName implements ClassOrderer {

    /** For a class that must run after every other class of its module's application. */
    public static final int LAST = Integer.MAX_VALUE;

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(OrderThenName::order)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int order(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
    }
}
