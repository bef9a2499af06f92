/**
 * Tools that generate data at scale for benchmarks and load tests. They write SQL directly, past
 * the services, for speed, and so must keep every rule the schema and the services keep.
 */
package app.rapport.loaddata;
