/**
 * Checked Norwegian identifiers (national ids, organisation numbers and KID payment references),
 * so that an invalid or mistyped one is rejected where it enters the system and a national id is
 * never logged whole.
 */
package no.legekontor.shared.identity;
