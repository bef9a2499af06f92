/** The Mail page: the outbox as admins read it. */
package app.rapport.mail.ui;
