package no.legekontor.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.identity.NationalId;
import no.legekontor.shared.identity.OrgNumber;
import org.postgresql.PGConnection;

/**
 * The benchmark's data set, written straight into both services' databases with COPY (after their
 * Flyway migrations ran): five clinics (the two demo clinics and three more), 5,000 patients with
 * FULL access and a freshly confirmed profile, and their history of e-consultations on both sides
 * (conversation, messages and audit rows in the portal; the matching inbox items and replies in
 * the inbox). Deterministic: the same seed gives the same data.
 *
 * <p>Roles in the benchmark:
 * <ul>
 * <li>{@link #readers}: 100 patients of Demo Legesenter with exactly 50 conversations each, for
 * {@code GET /conversations}; they never submit during the run;</li>
 * <li>{@link #inboxClinic}: a clinic with exactly 1,000 open items (plus its answered history), for
 * {@code GET /inbox}; its patients never submit during the run, so the count holds;</li>
 * <li>{@link #submitters}: everyone else (four clinics), who send the e-consultations of the run.</li>
 * </ul>
 */
final class DataSet {

    static final int PATIENTS_PER_CLINIC = 1_000;
    static final int READERS = 100;
    static final int READER_CONVERSATIONS = 50;
    static final int INBOX_OPEN_ITEMS = 1_000;
    static final int GPS_PER_CLINIC = 4;

    record Clinic(String orgNumber, String name, List<String> gpHprs) {
    }

    record Person(UUID id, String nationalId, String name, LocalDate birthDate, Clinic clinic, String gpHpr) {
    }

    final List<Clinic> clinics = new ArrayList<>();
    final List<Person> readers = new ArrayList<>();
    final List<Person> submitters = new ArrayList<>();
    Clinic inboxClinic;
    long conversations;
    long messages;
    long inboxItems;

    private final Random random = new Random(20240404);
    private final BusinessCalendar calendar = new BusinessCalendar();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    static final String[] SUBJECTS = {"Utslett på armen", "Vondt i kneet etter løping", "Spørsmål om blodprøvesvar",
        "Søvnproblemer", "Hoste som ikke gir seg", "Eksem på hendene", "Ryggsmerter", "Allergi om våren",
        "Hodepine om ettermiddagen", "Svimmel når jeg reiser meg", "Vorte på foten", "Tørre øyne"};

    static final String[] BODIES = {
        "Hei! Jeg har hatt et kløende utslett på innsiden av armen i omtrent to uker. Det startet som noen små"
            + " røde prikker og har spredt seg litt. Jeg har prøvd en reseptfri hydrokortisonkrem i fem dager uten"
            + " at det har blitt særlig bedre. Jeg har ikke feber og føler meg ellers frisk. Kan dette være eksem,"
            + " eller bør jeg komme inn til en time? Jeg kan sende bilde hvis det hjelper.",
        "Hei. Jeg har hatt vondt på utsiden av høyre kne etter løpeturer de siste tre ukene. Smerten kommer"
            + " etter omtrent fem kilometer og forsvinner når jeg hviler. Det er ikke hovent. Jeg lurer på om jeg"
            + " bør ta en pause fra løping, om fysioterapi kan hjelpe, og om dere trenger å se på kneet.",
        "Jeg tok blodprøver hos dere forrige uke og ser i kjernejournal at stoffskiftet (TSH) er litt høyt. Hva"
            + " betyr det, og trenger jeg å gjøre noe? Jeg har vært litt trøtt i vinter, men har ellers ingen"
            + " plager. Takk for svar når dere har tid.",
        "Hei, jeg har slitt med å sove i omtrent en måned. Jeg sovner sent og våkner flere ganger om natten."
            + " Jobben har vært travel. Jeg har prøvd å legge bort telefonen og unngå kaffe etter klokken tolv."
            + " Finnes det noe annet jeg kan prøve før vi snakker om medisiner?",
        "Jeg har hatt en tørr hoste i fem uker etter en forkjølelse. Den er verst om natten. Ingen feber. Jeg"
            + " røyker ikke. Bør jeg ta et røntgenbilde, eller er det vanlig at hoste varer så lenge etter en"
            + " virusinfeksjon? Jeg bruker ingen faste medisiner.",
        "Huden på hendene mine sprekker og klør, særlig etter at jeg har vasket meg mye på jobb i barnehagen."
            + " Fuktighetskrem hjelper litt. Kan jeg få resept på en sterkere krem, eller bør jeg komme til"
            + " kontroll først?"};

    static final String[] REPLIES = {
        "Hei! Takk for meldingen. Ut fra beskrivelsen høres dette ut som eksem. Smør med en fet fuktighetskrem"
            + " morgen og kveld, og bruk hydrokortisonkremen to ganger daglig i en uke til. Bestill time om det"
            + " ikke er bedre om to uker. Vennlig hilsen legen.",
        "Hei. Dette er vanlig og ufarlig. Jeg anbefaler at du tar det med ro i to uker og øker gradvis. Ta kontakt"
            + " igjen om det ikke går over, så henviser jeg deg til fysioterapeut. Hilsen fastlegen.",
        "Hei. Verdien er bare litt forhøyet og trenger ingen behandling nå. Vi tar en ny prøve om tre måneder;"
            + " bestill time på laboratoriet. Hilsen legen."};

    static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Per", "Anne", "Lars", "Marit", "Jon", "Sigrid", "Nils",
        "Eva", "Knut", "Hilde", "Arne", "Liv", "Bjørn", "Randi", "Ole", "Silje", "Erik"};
    static final String[] LAST = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
        "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
        "Johannessen", "Andreassen", "Jacobsen", "Dahl"};

    /** Builds the clinics and people (in memory) and writes everything to the two databases. */
    void load(String portalJdbcUrl, String inboxJdbcUrl, String user) throws SQLException, IOException {
        defineClinics();
        Set<String> usedIds = new HashSet<>(List.of(Demo.KARI, Demo.OLA, Demo.PER, Demo.EMMA, Demo.JONAS, Demo.INGRID));
        Copy clinicRows = new Copy();
        Copy gpRows = new Copy();
        // The inbox admits a GP's token only once it knows them as the clinic's practitioner (issue 19),
        // which portal-api's events would tell it for GPs registered through the API.
        Copy practitionerRows = new Copy();
        for (Clinic clinic : clinics) {
            clinicRows.row(clinic.orgNumber(), clinic.name(), "55 00 00 00", 224);
            for (String hpr : clinic.gpHprs()) {
                String name = name();
                gpRows.row(hpr, name, clinic.orgNumber());
                practitionerRows.row(hpr, clinic.orgNumber(), name, "gp", false, 1, now);
            }
        }
        Copy patients = new Copy();
        Copy conversationRows = new Copy();
        Copy messageRows = new Copy();
        Copy auditRows = new Copy();
        Copy itemRows = new Copy();
        Copy replyRows = new Copy();
        int idCounter = 0;
        for (Clinic clinic : clinics) {
            int openLeft = clinic == inboxClinic ? INBOX_OPEN_ITEMS : 0;
            for (int p = 0; p < PATIENTS_PER_CLINIC; p++) {
                String nationalId;
                do {
                    nationalId = syntheticNationalId(idCounter++);
                } while (nationalId == null || !usedIds.add(nationalId));
                NationalId parsed = NationalId.parse(nationalId);
                String gp = clinic.gpHprs().get(p % clinic.gpHprs().size());
                Person person = new Person(UUID.nameUUIDFromBytes(("bench-patient-" + nationalId).getBytes()),
                        nationalId, name(), parsed.birthDate(), clinic, gp);
                patients.row(person.id(), nationalId, person.name(), person.birthDate(), clinic.orgNumber(), gp, "FULL",
                        now.minus(Duration.ofDays(30 + random.nextInt(600))), "2024-01",
                        "+479" + (1000000 + random.nextInt(8999999)), "pasient" + idCounter + "@example.no", true,
                        random.nextBoolean(), now.minus(Duration.ofDays(1 + random.nextInt(30))),
                        now.minus(Duration.ofDays(700)));
                boolean reader = clinic.orgNumber().equals(Demo.DEMO_CLINIC) && readers.size() < READERS;
                int history;
                int open;
                if (reader) {
                    readers.add(person);
                    history = READER_CONVERSATIONS;
                    open = 3;
                } else if (clinic == inboxClinic) {
                    open = openLeft / (PATIENTS_PER_CLINIC - p);
                    openLeft -= open;
                    history = open + random.nextInt(4);
                } else {
                    submitters.add(person);
                    history = random.nextInt(7);
                    open = random.nextInt(20) == 0 && history > 0 ? 1 : 0;
                }
                for (int c = 0; c < history; c++) {
                    boolean isOpen = c >= history - open;
                    conversation(person, isOpen, isOpen ? random.nextInt(3 * 86400) : 86400L * (4 + random.nextInt(700)),
                            conversationRows, messageRows, auditRows, itemRows, replyRows);
                }
            }
        }
        try (Connection portal = connect(portalJdbcUrl, user)) {
            clinicRows.into(portal, "clinic (org_number, name, phone, consultation_fee_nok)");
            gpRows.into(portal, "gp (hpr_number, name, clinic_org)");
            patients.into(portal, "patient (id, national_id, name, birth_date, clinic_org, gp_hpr, access_level,"
                    + " full_access_consented_at, consent_terms_version, mobile, email, notify_by_sms, notify_by_email,"
                    + " profile_confirmed_at, created_at)");
            conversationRows.into(portal, "conversation (id, patient_id, submitted_by_id, clinic_org, type, status,"
                    + " subject, reply_due_by, possibly_urgent, fee_amount_nok, fee_exempt, created_at, updated_at)");
            messageRows.into(portal, "conversation_message (id, conversation_id, sender, body, author, sent_at)");
            auditRows.into(portal, "audit_event (id, occurred_at, actor_id, subject_id, action, resource_type,"
                    + " resource_id)");
            analyze(portal);
        }
        try (Connection inbox = connect(inboxJdbcUrl, user)) {
            practitionerRows.into(inbox, "practitioner (hpr_number, clinic_org, name, role, removed, revision, updated_at)");
            itemRows.into(inbox, "inbox_item (id, conversation_id, clinic_org, type, status, subject, body, received_at,"
                    + " reply_due_by, possibly_urgent, gp_hpr, assignee_hpr, patient_national_id, patient_name,"
                    + " patient_birth_date, submitted_by_name, fee_amount_nok, fee_exempt, answered_at)");
            replyRows.into(inbox, "inbox_reply (id, item_id, body, author_name, author_hpr, author_role, sent_at)");
            analyze(inbox);
        }
    }

    private void conversation(Person person, boolean open, long ageSeconds, Copy conversationRows, Copy messageRows,
            Copy auditRows, Copy itemRows, Copy replyRows) {
        UUID id = UUID.randomUUID();
        Instant created = now.minusSeconds(ageSeconds);
        Instant due = calendar.replyDueBy(created).toInstant();
        Instant answered = open ? null : created.plus(Duration.ofHours(2 + random.nextInt(90)));
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String body = BODIES[random.nextInt(BODIES.length)];
        conversationRows.row(id, person.id(), person.id(), person.clinic().orgNumber(), "E_CONSULTATION",
                open ? "RECEIVED" : "ANSWERED", subject, due, false, 224, false, created, open ? created : answered);
        messageRows.row(UUID.randomUUID(), id, "PATIENT", body, person.name(), created);
        auditRows.row(UUID.randomUUID(), created, person.id(), person.id(), "request.submitted", "conversation", id);
        UUID itemId = UUID.randomUUID();
        itemRows.row(itemId, id, person.clinic().orgNumber(), "E_CONSULTATION", open ? "OPEN" : "ANSWERED", subject,
                body, created.plusMillis(40), due, false, person.gpHpr(), null, person.nationalId(), person.name(),
                person.birthDate(), null, 224, false, answered);
        conversations++;
        messages++;
        inboxItems++;
        if (!open) {
            UUID replyId = UUID.randomUUID();
            String reply = REPLIES[random.nextInt(REPLIES.length)];
            messageRows.row(replyId, id, "CLINIC", reply, "Fastlege " + person.gpHpr(), answered);
            replyRows.row(replyId, itemId, reply, "Fastlege " + person.gpHpr(), person.gpHpr(), "gp", answered);
            messages++;
        }
    }

    private void defineClinics() {
        clinics.add(new Clinic(Demo.DEMO_CLINIC, "Demo Legesenter", gps(Demo.LISE_BERG_HPR, "91")));
        clinics.add(new Clinic(Demo.FJORD_CLINIC, "Fjord Legekontor", gps(Demo.NILS_FJELL_HPR, "92")));
        String[] names = {"Bench Legesenter", "Elvebredden Legekontor", "Sentrum Helsehus"};
        for (int i = 0; i < names.length; i++) {
            String org = orgNumber("9300000" + (i + 1));
            clinics.add(new Clinic(org, names[i], gps(null, "9" + (3 + i))));
        }
        inboxClinic = clinics.get(2);
    }

    /** The clinic's GPs: the demo GP (if any) first, then made-up HPR numbers. */
    private static List<String> gps(String demoGp, String prefix) {
        List<String> hprs = new ArrayList<>();
        if (demoGp != null) {
            hprs.add(demoGp);
        }
        for (int g = hprs.size(); g < GPS_PER_CLINIC; g++) {
            hprs.add(prefix + "000" + (10 + g));
        }
        return hprs;
    }

    /** Eight digits and their mod-11 check digit; fails when no digit makes it valid. */
    static String orgNumber(String eightDigits) {
        return OrgNumber.withCheckDigit(eightDigits)
                .orElseThrow(() -> new IllegalArgumentException("No check digit makes " + eightDigits + " valid"))
                .value();
    }

    /**
     * The n-th synthetic national id (month + 80), born 1950-1999 with an individual number of
     * 200-499 (1900s; the demo people use other numbers), or null when no check digit fits.
     */
    static String syntheticNationalId(int n) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays((n * 7919L) % (50 * 365));
        int individual = 200 + (n % 300);
        String first9 = String.format("%02d%02d%02d%03d", birth.getDayOfMonth(), birth.getMonthValue() + 80,
                birth.getYear() % 100, individual);
        return NationalId.withCheckDigits(first9).orElse(null);
    }

    private String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    static Connection connect(String jdbcUrl, String user) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, "");
    }

    private static void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        }
    }

    /** Rows in COPY's text format; the demo clinics and GPs exist already and are skipped by ON CONFLICT. */
    static final class Copy {
        private final StringBuilder text = new StringBuilder(1 << 16);

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    text.append("\\N");
                } else {
                    String s = v.toString();
                    for (int c = 0; c < s.length(); c++) {
                        char ch = s.charAt(c);
                        switch (ch) {
                            case '\\' -> text.append("\\\\");
                            case '\t' -> text.append("\\t");
                            case '\n' -> text.append("\\n");
                            case '\r' -> text.append("\\r");
                            default -> text.append(ch);
                        }
                    }
                }
            }
            text.append('\n');
        }

        void into(Connection connection, String tableAndColumns) throws SQLException, IOException {
            String table = tableAndColumns.substring(0, tableAndColumns.indexOf(' '));
            if (table.equals("clinic") || table.equals("gp") || table.equals("practitioner")) {
                // The service loaded the demo clinics and GPs at start (the inbox: heard of the demo
                // staff): copy into a staging table and insert what is missing.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create temp table staging_" + table + " (like " + table + " including defaults)");
                }
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy staging_" + tableAndColumns + " from stdin", new StringReader(text.toString()));
                try (Statement statement = connection.createStatement()) {
                    statement.execute("insert into " + table + " select * from staging_" + table
                            + " on conflict do nothing");
                }
                return;
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + tableAndColumns + " from stdin",
                    new StringReader(text.toString()));
        }
    }
}
