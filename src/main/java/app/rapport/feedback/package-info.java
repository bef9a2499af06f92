/**
 * Peer feedback: a side of a relationship (or its coordinator) asks people who have watched the
 * pair work together for ratings and advice; answers stay anonymous and reach the pair only in
 * aggregate, once the program's anonymity threshold of answers exists.
 */
package app.rapport.feedback;
