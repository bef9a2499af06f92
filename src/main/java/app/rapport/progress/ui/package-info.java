/**
 * The progress screens: a relationship's progress page (charts, each with its data table, and
 * the health score with its reasons) and the program dashboard for coordinators.
 */
package app.rapport.progress.ui;
