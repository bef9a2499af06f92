/** Entities and repositories of accounts, the audit log and login throttling; internal to security. */
package app.rapport.security.domain;
