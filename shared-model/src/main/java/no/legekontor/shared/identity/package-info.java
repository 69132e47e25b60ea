/**
 * Checked Norwegian identifiers (national ids and organisation numbers), so that an invalid or
 * mistyped id is rejected where it enters the system and a national id is never logged whole.
 */
package no.legekontor.shared.identity;
