/**
 * Gatling load simulations that drive real Vaadin Flow UI sessions over HTTP, without a browser:
 * Spring Security's form login, UI init, UIDL messages with the UI's token, sync and client ids,
 * heartbeats. Built only with the Maven profile {@code load}; run by {@code scripts/load-test.sh}.
 */
package app.rapport.load;
