/** The relationship workspace page and its tabs: kick-off, goals, interactions, check-ins, timeline. */
package app.rapport.workspace.ui;
