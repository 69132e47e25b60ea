package no.legekontor.devtools;

/**
 * The demo people (docs/rules.md) as named constants, for tests, the benchmark and the README's
 * walk-through. The national ids are synthetic (month + 80): they belong to no real person.
 */
public final class Demo {

    /** Demo Legesenter's organisation number. */
    public static final String DEMO_CLINIC = "910000004";
    /** Fjord Legekontor's organisation number. */
    public static final String FJORD_CLINIC = "920000002";

    /** GP at Demo Legesenter. */
    public static final String LISE_BERG_HPR = "9100001";
    public static final String LISE_BERG = "Lise Berg";
    /** Office staff at Demo Legesenter. */
    public static final String ANNE_DAHL_HPR = "9100002";
    public static final String ANNE_DAHL = "Anne Dahl";
    /** GP at Fjord Legekontor. */
    public static final String NILS_FJELL_HPR = "9200001";
    public static final String NILS_FJELL = "Nils Fjell";

    /** FULL access, profile confirmed. */
    public static final String KARI = "14838510036";
    /** BASIS access (never chose full). */
    public static final String OLA = "02917910181";
    /** FULL access, profile confirmed 19 months ago. */
    public static final String PER = "21876210131";
    /** Born 2016; Kari is her guardian. */
    public static final String EMMA = "09851650005";
    /** Born 2009; Kari was his guardian, he is 16 or older now. */
    public static final String JONAS = "18860950142";
    /** Fjord Legekontor; FULL access, profile confirmed. */
    public static final String INGRID = "30819010095";

    private Demo() {
    }

    /** A token for Lise Berg, GP at Demo Legesenter. */
    public static String liseBergToken() {
        return DevTokens.staff(LISE_BERG_HPR, "gp", DEMO_CLINIC, LISE_BERG);
    }

    /** A token for Anne Dahl, office staff at Demo Legesenter. */
    public static String anneDahlToken() {
        return DevTokens.staff(ANNE_DAHL_HPR, "office", DEMO_CLINIC, ANNE_DAHL);
    }

    /** A token for Nils Fjell, GP at Fjord Legekontor. */
    public static String nilsFjellToken() {
        return DevTokens.staff(NILS_FJELL_HPR, "gp", FJORD_CLINIC, NILS_FJELL);
    }
}
