/** Views of the security feature: sign-in, account administration, and everyone's own profile. */
package app.rapport.security.ui;
