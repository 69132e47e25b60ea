package no.legekontor.portal.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import no.legekontor.portal.account.Guardianship;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.account.ProfileConfirmation;
import no.legekontor.portal.account.ProxyAccess;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.identity.NationalId;
import no.legekontor.support.problem.InvalidInput;
import no.legekontor.support.problem.Login;
import no.legekontor.support.problem.WrongTokenKind;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one place where the patient access rules are enforced, for every endpoint marked
 * {@link PatientAccess}, before bean validation and the endpoint itself. quarkus-oidc has checked
 * the token's signature, issuer, expiry and audience; here, in order:
 * <ol>
 * <li>the token is ID-porten's and the national id is well-formed (else 403 {@code wrong-token-kind});</li>
 * <li>R1: BankID on level 4;</li>
 * <li>the person is on a GP list of ours;</li>
 * <li>R3: contact details confirmed within 18 months (not for account endpoints);</li>
 * <li>R2: full access, for endpoints that send to the clinic;</li>
 * <li>R11: with {@code On-Behalf-Of}, an active guardianship of a child under 16.</li>
 * </ol>
 * The guardian's own level, access and profile are what count; the data is the child's.
 */
@PatientAccess
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class PatientAccessInterceptor {

    /** The header naming the child a guardian acts for (a national id: never in a URL). */
    public static final String ON_BEHALF_OF = "On-Behalf-Of";

    /** ID-porten's "high" level, and the older name for it. */
    static final Set<String> LEVEL_4 = Set.of("idporten-loa-high", "Level4");

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    HttpServerRequest request;

    @Inject
    ProfileConfirmation profiles;

    @Inject
    ProxyAccess proxies;

    @Inject
    Clock clock;

    @Inject
    PatientCaller caller;

    @AroundInvoke
    Object enforce(InvocationContext invocation) throws Exception {
        PatientAccess.Kind kind = kindOf(invocation);
        Patient self = authenticate();
        Instant now = clock.instant();
        if (kind != PatientAccess.Kind.ACCOUNT) {
            if (!profiles.validAt(self.profileConfirmedAt, now)) {
                throw new ProfileConfirmationRequired(profiles.validMonths());
            }
            if (kind == PatientAccess.Kind.SEND && self.accessLevel != Patient.AccessLevel.FULL) {
                throw new FullAccessRequired();
            }
        }
        Patient subject = kind == PatientAccess.Kind.ACCOUNT ? self : representedBy(self, now);
        caller.admit(self, subject);
        return invocation.proceed();
    }

    private Patient authenticate() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!TrustedIssuers.verifiedBy(identity, TrustedIssuers.IDPORTEN)) {
            throw new WrongTokenKind(Login.IDPORTEN);
        }
        NationalId pid = NationalId.tryParse(token.getClaim("pid"))
                .orElseThrow(() -> new WrongTokenKind(Login.IDPORTEN));
        String acr = token.getClaim("acr");
        if (acr == null || !LEVEL_4.contains(acr)) {
            throw new InsufficientAssuranceLevel();
        }
        return Patient.byNationalId(pid).orElseThrow(NotRegistered::new);
    }

    /** The person the request is about: the caller, or the child named in On-Behalf-Of. */
    private Patient representedBy(Patient self, Instant now) {
        String header = request.getHeader(ON_BEHALF_OF);
        if (header == null || header.isBlank()) {
            return self;
        }
        NationalId childId = NationalId.tryParse(header.strip())
                .orElseThrow(() -> new InvalidInput(ON_BEHALF_OF, "national-id"));
        if (childId.value().equals(self.nationalId)) {
            return self;
        }
        Patient child = Patient.byNationalId(childId)
                .filter(c -> Guardianship.active(self.id, c.id).isPresent())
                .orElseThrow(NotRepresenting::new);
        LocalDate today = BusinessCalendar.dateOf(now);
        if (!proxies.allowedOn(childId, today)) {
            throw new ProxyAccessEnded(proxies.untilAge());
        }
        return child;
    }

    private static PatientAccess.Kind kindOf(InvocationContext invocation) {
        PatientAccess onMethod = invocation.getMethod().getAnnotation(PatientAccess.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        PatientAccess onClass = invocation.getMethod().getDeclaringClass().getAnnotation(PatientAccess.class);
        return onClass == null ? PatientAccess.Kind.READ : onClass.value();
    }
}
