/**
 * Accounts, roles and signing in: the account service (the admin's and everyone's own account
 * operations), login lockout, the security audit log, the security configuration, the login,
 * account-administration and profile views, and the demo and first-admin accounts.
 */
package app.rapport.security;
