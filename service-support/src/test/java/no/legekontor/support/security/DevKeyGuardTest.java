package no.legekontor.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 19: a service that trusts the dev key never listens where other computers reach it. */
class DevKeyGuardTest {

    @Test
    void trustingTheDevKeyOnANonLoopbackAddressRefusesToStart() {
        assertThat(DevKeyGuard.refusal("0.0.0.0", List.of(DevKeyGuard.DEV_PUBLIC_KEY))).contains("Refusing to start");
        assertThat(DevKeyGuard.refusal("10.0.0.7", List.of("-----BEGIN PUBLIC KEY-----\n"
                + DevKeyGuard.DEV_PUBLIC_KEY.substring(0, 64) + "\n" + DevKeyGuard.DEV_PUBLIC_KEY.substring(64)
                + "\n-----END PUBLIC KEY-----"))).isNotNull();
    }

    @Test
    void theDevKeyOnLoopbackOrAnotherKeyAnywhereMayStart() {
        for (String loopback : List.of("localhost", "127.0.0.1", "127.0.1.1", "::1", "[::1]")) {
            assertThat(DevKeyGuard.refusal(loopback, List.of(DevKeyGuard.DEV_PUBLIC_KEY))).isNull();
        }
        assertThat(DevKeyGuard.refusal("0.0.0.0", List.of("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAother")))
                .isNull();
        assertThat(DevKeyGuard.refusal("0.0.0.0", List.of())).isNull();
    }
}
