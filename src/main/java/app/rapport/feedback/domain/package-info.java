/** Peer feedback's stored data: rounds, requests, answers, per-program settings and the view log. */
package app.rapport.feedback.domain;
