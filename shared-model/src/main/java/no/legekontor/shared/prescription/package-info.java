/**
 * Prescription rules both services apply: the portal issues a renewed prescription from the
 * inbox's decision, so they must agree on how long it is valid.
 */
package no.legekontor.shared.prescription;
