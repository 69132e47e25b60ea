package no.legekontor.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    final ProblemTexts texts = new ProblemTexts();

    @Test
    void aLoginIsNamedInTheCallersLanguage() {
        assertThat(texts.detail("token-expired", ProblemTexts.NORWEGIAN, Login.IDPORTEN))
                .isEqualTo("Innloggingen er utløpt. Logg inn på nytt med ID-porten (BankID, nivå 4).");
        assertThat(texts.detail("wrong-token-kind", Locale.ENGLISH, Login.HELSEID_STAFF))
                .endsWith("Log in with HelseID for health personnel with the role gp or office.");
    }

    @Test
    void everyLoginHasATextInBothLanguages() {
        for (Login login : Login.values()) {
            for (Locale locale : new Locale[] {ProblemTexts.NORWEGIAN, Locale.ENGLISH}) {
                assertThat(texts.detail("token-invalid", locale, login)).as(login + " " + locale)
                        .doesNotContain("login.").doesNotContain("{0}");
            }
        }
    }
}
