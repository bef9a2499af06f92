/**
 * Relationships between a mentor and a mentee and their lifecycle (proposed, active, completed,
 * declined, withdrawn, ended early); explainable match scores; optimal bulk matching of a whole cohort.
 */
package app.rapport.pairing;
