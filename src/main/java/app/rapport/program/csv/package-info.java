/**
 * Reading and writing a program's participant list as CSV: the file format, its checks and the
 * error messages the import shows. Pure Java without Spring or the database, so the rules stay unit-testable.
 */
package app.rapport.program.csv;
