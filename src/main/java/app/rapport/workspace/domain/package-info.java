/** The workspace's stored data: timeline entries, kick-offs, goals, interactions, check-ins. */
package app.rapport.workspace.domain;
