/** Views of the pairing feature: manual pairing, bulk matching, and the proposals on the portal home. */
package app.rapport.pairing.ui;
