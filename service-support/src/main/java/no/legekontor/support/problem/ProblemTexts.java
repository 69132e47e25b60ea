package no.legekontor.support.problem;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Finds a problem's title and detail: first in the service's own {@code problems} bundle, then in
 * {@code support-problems}, which holds the texts every service shares. Norwegian bokmål is the
 * default; English is used when the caller prefers it ({@code Accept-Language: en}). A {@link Login}
 * among the arguments is written as the login's name in that language.
 */
@ApplicationScoped
public class ProblemTexts {

    static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final List<String> BUNDLES = List.of("problems", "support-problems");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Picks bokmål or English from the caller's acceptable languages, in their order. */
    public Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if (language.equals("en")) {
                return Locale.ENGLISH;
            }
            if (language.equals("nb") || language.equals("no") || language.equals("nn")) {
                return NORWEGIAN;
            }
        }
        return NORWEGIAN;
    }

    public String title(String code, Locale locale) {
        return text(code + ".title", locale, new Object[0]);
    }

    public String detail(String code, Locale locale, Object... args) {
        return text(code + ".detail", locale, args);
    }

    private String text(String key, Locale locale, Object[] args) {
        Object[] localized = args.clone();
        for (int i = 0; i < localized.length; i++) {
            if (localized[i] instanceof Login login) {
                localized[i] = text(login.textKey(), locale, new Object[0]);
            }
        }
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return new MessageFormat(bundle.getString(key), locale).format(localized);
                }
            } catch (MissingResourceException e) {
                // this service has no bundle of that name: look in the next
            }
        }
        return key;
    }
}
