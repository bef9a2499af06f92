/** Relationships, their event log and each program's pairing settings, as stored. */
package app.rapport.pairing.domain;
