/**
 * Bulk matching of mentees to mentors as pure computation over a score matrix and mentor
 * capacities: the optimal solver, the greedy baseline it is compared with, and helpers that
 * measure an assignment. No Spring, no persistence: callers build the matrix and store the result.
 */
package app.rapport.pairing.matching;
