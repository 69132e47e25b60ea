package no.legekontor.portal.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.legekontor.portal.config.PortalConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R9: text that looks urgent is flagged (never refused), on whole words, whatever the case. */
class RedFlagsTest {

    static final RedFlags BUILT_IN = new RedFlags(config(Optional.empty()));

    @Test
    void chestPainBreathingTroubleAndSuicideAreFlagged() {
        assertThat(BUILT_IN.anyIn("Jeg har brystsmerter siden i går")).isTrue();
        assertThat(BUILT_IN.anyIn("Pustevansker om natten")).isTrue();
        assertThat(BUILT_IN.anyIn("Jeg tenker på selvmord")).isTrue();
    }

    @Test
    void anEverydayRequestIsNotFlagged() {
        assertThat(BUILT_IN.anyIn("Utslett", "Kløende utslett på armen i to uker.")).isFalse();
    }

    @Test
    void aPhraseIsMatchedOnWholeWordsOnly() {
        assertThat(BUILT_IN.anyIn("Jeg har et forslag til timen")).isFalse();
        assertThat(BUILT_IN.anyIn("Mistenker hjerneslag hos far")).isTrue();
    }

    @Test
    void caseSpacingAndPunctuationDoNotHideAPhrase() {
        assertThat(BUILT_IN.anyIn("SMERTER   i\nbrystet!!")).isTrue();
        assertThat(BUILT_IN.anyIn("får ikke puste.")).isTrue();
    }

    @Test
    void anyOfTheTextsCountsAndAMissingOneIsSkipped() {
        assertThat(BUILT_IN.anyIn(null, "Hei", "tungpust")).isTrue();
        assertThat(BUILT_IN.anyIn((String) null)).isFalse();
    }

    @Test
    void theClinicsOwnListReplacesTheBuiltInOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("red-flags.txt");
        Files.writeString(file, "# our list\nakutt vondt\n");
        RedFlags own = new RedFlags(config(Optional.of(file.toString())));
        assertThat(own.anyIn("Akutt vondt i magen")).isTrue();
        assertThat(own.anyIn("brystsmerter")).isFalse();
    }

    /** The settings with only {@code redFlagsFile} answered: no Quarkus needed. */
    static PortalConfig config(Optional<String> redFlagsFile) {
        return (PortalConfig) Proxy.newProxyInstance(PortalConfig.class.getClassLoader(),
                new Class<?>[] {PortalConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("redFlagsFile")) {
                        return redFlagsFile;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
