/**
 * The relationship workspace page and its tabs: kick-off, goals, interactions, check-ins, timeline,
 * and the tabs other features contribute as {@link app.rapport.base.ui.RelationshipTab} beans.
 */
package app.rapport.workspace.ui;
