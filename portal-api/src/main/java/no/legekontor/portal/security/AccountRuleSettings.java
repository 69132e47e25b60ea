package no.legekontor.portal.security;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import no.legekontor.portal.account.ProfileConfirmation;
import no.legekontor.portal.account.ProxyAccess;
import no.legekontor.portal.config.PortalConfig;

/**
 * The account rules (plain classes in {@code account}, which knows no configuration) with the
 * settings of {@link PortalConfig}, for every feature to inject.
 */
@Dependent
public class AccountRuleSettings {

    @Produces
    @Singleton
    ProxyAccess proxyAccess(PortalConfig config) {
        return new ProxyAccess(config.proxyAccessUntilAge());
    }

    @Produces
    @Singleton
    ProfileConfirmation profileConfirmation(PortalConfig config) {
        return new ProfileConfirmation(config.profileValidMonths());
    }
}
