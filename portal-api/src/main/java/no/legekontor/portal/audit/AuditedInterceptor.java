package no.legekontor.portal.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Logs {@link Audited} endpoints. Runs after the access interceptors (which name the caller) and
 * hands the call to {@link AuditedCalls}, which runs it and writes its entry in one transaction.
 */
@Audited(AuditedResource.PATIENT)
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 10)
public class AuditedInterceptor {

    @Inject
    AuditedCalls calls;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
        }
        return calls.proceed(invocation, audited);
    }
}
