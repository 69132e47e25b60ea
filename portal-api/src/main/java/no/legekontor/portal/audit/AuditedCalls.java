package no.legekontor.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.legekontor.portal.security.IntegrationAccess;
import no.legekontor.portal.security.IntegrationCaller;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.paging.Page;
import no.legekontor.support.persistence.NativeSql;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Runs an {@link Audited} endpoint and writes its access-log entry in the same transaction (the
 * endpoint's service joins it): the entry commits with the call, and a call whose entry cannot be
 * written fails instead of answering. One insert per call; a page of a list is one entry, not one
 * per row; a read identical to one of the last 10 minutes is counted in that one's entry
 * ({@link AuditLog}). What was read is named by the path's {@code {id}}, else by the answer's {@code id}
 * (the ids of a page's items for a clinic system's list). A 304 Not Modified shows nothing: no entry.
 *
 * <p>A read's transaction commits without waiting for the WAL to reach the disk
 * ({@code synchronous_commit = off} for that transaction only): measured on the development VM,
 * waiting for the flush was about half of what the entry added to a read. It stays atomic (no
 * answer without its entry); only a crash of PostgreSQL itself in the last fraction of a second
 * can lose entries of reads already answered. A change's entry commits with the change, durably.
 */
@ApplicationScoped
public class AuditedCalls {

    @Inject
    PatientCaller patient;

    @Inject
    IntegrationCaller clinicSystem;

    @Inject
    AuditLog log;

    @Inject
    EntityManager em;

    @Transactional(dontRollbackOn = LoggedRefusal.class)
    public Object proceed(InvocationContext invocation, Audited audited) throws Exception {
        boolean read = audited.action().isEmpty();
        Object answer = invocation.proceed();
        if (notModified(answer)) {
            return answer; // 304: the caller's copy is still current and nothing was shown, so no entry
        }
        Object body = answer instanceof Response response ? response.getEntity()
                : answer instanceof RestResponse<?> rest ? rest.getEntity() : answer;
        AuditedResource resource = audited.value();
        String verb = !read ? audited.action() : body instanceof Page<?> ? "listed" : "read";
        if (read) {
            NativeSql.setLocal(em, "synchronous_commit", "off");
        }
        String action = resource.type() + "." + verb;
        UUID pathId = pathId(invocation);
        Method method = invocation.getMethod();
        if (marked(method, PatientAccess.class)) {
            if (read) {
                log.recordView(patient.self().id, patient.subject().id, action, resource.type(), pathId);
            } else {
                log.record(patient.self().id, patient.subject().id, action, resource.type(), pathId);
            }
        } else if (marked(method, IntegrationAccess.class)) {
            String clinic = clinicSystem.clinicOrg();
            if (pathId != null) {
                log.recordByClinicSystem(clinic, resource, action, List.of(pathId), true, read);
            } else if (body instanceof Page<?> page) {
                log.recordByClinicSystem(clinic, resource, action,
                        page.items().stream().map(AuditedCalls::idOf).filter(Objects::nonNull).toList(), false, read);
            } else if (idOf(body) != null) {
                log.recordByClinicSystem(clinic, resource, action, List.of(idOf(body)), true, read);
            }
        } else {
            throw new IllegalStateException("@Audited on " + method + " needs @PatientAccess or @IntegrationAccess");
        }
        return answer;
    }

    private static boolean notModified(Object answer) {
        int notModified = Response.Status.NOT_MODIFIED.getStatusCode();
        return answer instanceof Response response && response.getStatus() == notModified
                || answer instanceof RestResponse<?> rest && rest.getStatus() == notModified;
    }

    private static boolean marked(Method method, Class<? extends Annotation> annotation) {
        AnnotatedElement type = method.getDeclaringClass();
        return method.isAnnotationPresent(annotation) || type.isAnnotationPresent(annotation);
    }

    /** The {@code {id}} of the path, when the endpoint takes one. */
    private static UUID pathId(InvocationContext invocation) {
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathParam path = parameters[i].getAnnotation(PathParam.class);
            if (path != null && "id".equals(path.value()) && invocation.getParameters()[i] instanceof UUID id) {
                return id;
            }
        }
        return null;
    }

    /** The {@code id} of an answer (a record with a UUID {@code id}), or null. */
    private static UUID idOf(Object answer) {
        if (answer == null || !answer.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : answer.getClass().getRecordComponents()) {
            if (component.getName().equals("id") && component.getType() == UUID.class) {
                try {
                    return (UUID) component.getAccessor().invoke(answer);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read the id of " + answer.getClass(), e);
                }
            }
        }
        return null;
    }
}
