/**
 * The pair's private space around a relationship: kick-off, goals with their progress,
 * interactions with what was asked and given, check-ins, and the timeline of it all.
 */
package app.rapport.workspace;
