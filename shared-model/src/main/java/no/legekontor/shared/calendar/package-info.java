/**
 * Norwegian business days and reply deadlines, shared so that the patient's portal and the clinic's
 * inbox always agree on when an answer is due.
 */
package no.legekontor.shared.calendar;
