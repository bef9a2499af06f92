/**
 * Progress, derived and never typed in: per relationship and ISO week the metrics of what the pair
 * and their peers recorded, a health score with its reasons, the charts of a relationship and the
 * program dashboard. The metrics live in their own tables, kept up to date from other features' events.
 */
package app.rapport.progress;
