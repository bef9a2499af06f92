/**
 * Views of peer feedback: the peer's inbox and request page, the pair's rounds (a tab of the
 * relationship workspace), the coordinators' overview.
 */
package app.rapport.feedback.ui;
