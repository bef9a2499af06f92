/** Entities and repositories of programs, enrolments and the tag vocabulary; internal to program. */
package app.rapport.program.domain;
