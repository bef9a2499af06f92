/** Console views of the program feature: program list and overview, participants, import and export. */
package app.rapport.program.ui;
