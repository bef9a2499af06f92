/**
 * Mentoring programs and the people in them: programs with their coordinators, settings and
 * status; enrolments as mentor or mentee with a profile; the program's tag vocabulary; CSV
 * import and export of participants.
 */
package app.rapport.program;
