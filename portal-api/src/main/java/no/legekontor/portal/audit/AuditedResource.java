package no.legekontor.portal.audit;

/**
 * What an access-log entry is about: its name in the log ({@code resourceType}), and where the
 * patient it belongs to is found, so that a clinic system's or staff member's reading of rows is
 * logged for each patient the rows belong to.
 */
public enum AuditedResource {
    PATIENT("patient", "patient", "id"),
    CONVERSATION("conversation", "conversation", "patient_id"),
    PRESCRIPTION("prescription", "prescription", "patient_id"),
    VACCINATION("vaccination", "vaccination", "patient_id"),
    SICK_NOTE("sick-note", "sick_note", "patient_id"),
    APPOINTMENT("appointment", "appointment", "patient_id"),
    INVOICE("invoice", "invoice", "patient_id"),
    NOTIFICATION("notification", "notification", "about_id"),
    /** A guardianship is the child's data. */
    GUARDIANSHIP("guardianship", "guardianship", "child_id"),
    /** A clinic's request to take the person over (R15). */
    TRANSFER("transfer", "transfer", "patient_id");

    private final String type;
    private final String table;
    private final String patientColumn;

    AuditedResource(String type, String table, String patientColumn) {
        this.type = type;
        this.table = table;
        this.patientColumn = patientColumn;
    }

    /** The name in the log, e.g. {@code sick-note}. */
    public String type() {
        return type;
    }

    String table() {
        return table;
    }

    String patientColumn() {
        return patientColumn;
    }
}
