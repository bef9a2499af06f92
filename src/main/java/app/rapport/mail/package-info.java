/**
 * Outgoing email: messages written to an outbox in the same transaction as their cause, rendered
 * from templates, delivered by one dispatcher across instances with retries, and readable by
 * admins on the Mail page (where the demo's mail stays, with no SMTP server configured).
 */
package app.rapport.mail;
